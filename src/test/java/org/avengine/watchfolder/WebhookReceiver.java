package org.avengine.watchfolder;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;

/** A webhook receiver on a free loopback port that records what it gets and answers with a set status, or hangs. */
final class WebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile int status = 200;
    private volatile boolean hang;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    WebhookReceiver answering(int newStatus) {
        status = newStatus;
        return this;
    }

    /** From now on, requests get no answer until the receiver is closed. */
    WebhookReceiver hanging() {
        hang = true;
        return this;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        received.add(new Received(exchange.getRequestHeaders().getFirst("X-Avengine-Signature"),
                exchange.getRequestHeaders().getFirst("X-Avengine-Delivery"),
                exchange.getRequestHeaders().getFirst("X-Avengine-Event"), new String(body, StandardCharsets.UTF_8)));
        if (hang) {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }

    /** One request. */
    record Received(String signature, String delivery, String event, String body) {

        JsonNode json() {
            return WatchNode.JSON.readTree(body);
        }

        /** Whether the signature is the HMAC-SHA256 of the body with {@code secret}, as a receiver checks it. */
        boolean verifies(String secret) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
                return java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                        signature == null ? new byte[0] : signature.getBytes(StandardCharsets.UTF_8));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
