package org.avengine.watchfolder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.avengine.AvengineApplication;
import org.avengine.SignedRequests;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One avengine node started by hand (so a test can stop and start it, or run two), with the
 * administrator's credentials, fast watch-folder and webhook settings, and a small HTTP client.
 */
final class WatchNode implements AutoCloseable {

    static final String ADMIN = "admin";
    static final String ADMIN_SECRET = "admin-secret";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConfigurableApplicationContext context;

    private WatchNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** A node on {@code dataDir} with the given extra properties. */
    static WatchNode start(Path dataDir, Map<String, String> extra) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("avengine.data-dir", dataDir.toString());
        properties.put("avengine.admin.key", ADMIN);
        properties.put("avengine.admin.secret", ADMIN_SECRET);
        properties.put("avengine.watchfolder.scan-interval", "300ms");
        properties.put("avengine.watchfolder.stable-for", "1s");
        properties.put("avengine.watchfolder.lease-duration", "3s");
        properties.put("avengine.engine.ingest.lease-duration", "3s");
        properties.put("avengine.engine.ingest.poll-interval", "200ms");
        properties.put("avengine.transcode.worker.lease-duration", "3s");
        properties.put("avengine.notify.webhooks.poll-interval", "100ms");
        properties.put("avengine.notify.webhooks.timeout", "3s");
        properties.put("avengine.notify.webhooks.initial-backoff", "200ms");
        properties.putAll(extra);
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new WatchNode(new SpringApplicationBuilder(AvengineApplication.class).run(arguments));
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    Response get(String path) {
        return send(transcodeApi(path) ? signed("GET", path, null) : request(path).GET());
    }

    Response post(String path, String json) {
        return send(transcodeApi(path) ? signed("POST", path, json) : request(path).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response put(String path, String json) {
        return send(transcodeApi(path) ? signed("PUT", path, json) : request(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static boolean transcodeApi(String path) {
        return path.startsWith("/2017-08-29/");
    }

    /** The transcode API takes the admin credential as an AWS access key, by Signature Version 4. */
    private HttpRequest.Builder signed(String method, String path, String json) {
        return SignedRequests.request(method, URI.create("http://127.0.0.1:" + port() + path), json, ADMIN, ADMIN_SECRET,
                Instant.now());
    }

    /** POST that must answer 201; its JSON. */
    /** The bytes at an absolute URL, without credentials (a browser's request). */
    byte[] bytes(String url) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode created(String path, String json) {
        Response response = post(path, json);
        if (response.status() != 201) {
            throw new AssertionError("POST " + path + " answered " + response.status() + ": " + response.body());
        }
        return response.json();
    }

    /** A new customer and space; {@code [customer, space]}. */
    int[] customerAndSpace(String name) {
        int customer = created("/customers", "{\"name\": \"" + name + "\"}").get("id").asInt();
        int space = created("/customers/" + customer + "/spaces", "{\"name\": \"av\"}").get("id").asInt();
        return new int[] {customer, space};
    }

    private HttpRequest.Builder request(String path) {
        String token = Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_SECRET).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                .header("Content-Type", "application/json").header("Authorization", "Basic " + token);
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits up to {@code limit} for the condition; fails with {@code what} when it never holds. */
    static void await(String what, Duration limit, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() {
        context.close();
    }

    /** A status and a body. */
    record Response(int status, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
