package org.avengine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP server on 127.0.0.1 for the playback test: the player page at {@code /}, hls.js and
 * dash.js (hls.js from its webjar, dash.js as avengine vendors it for its dashboard) at {@code /lib/}, and a folder of avengine's outputs at
 * {@code /media/}, all from one origin so the players need no CORS.
 */
final class PlayerServer implements AutoCloseable {

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "m3u8", "application/vnd.apple.mpegurl",
            "mpd", "application/dash+xml",
            "ts", "video/mp2t",
            "mp4", "video/mp4",
            "m4s", "video/mp4",
            "m4a", "audio/mp4",
            "html", "text/html; charset=utf-8",
            "js", "text/javascript");
    private static final Map<String, String> LIBRARIES = Map.of(
            "hls.min.js", "classpath*:META-INF/resources/webjars/hls.js/*/dist/hls.min.js",
            "dash.all.min.js", "classpath*:static/vendor/dashjs/dash.all.min.js");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final Path media;

    PlayerServer(Path media) throws IOException {
        this.media = media.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.setExecutor(executor);
        server.start();
    }

    /** The player page's address for a manifest under the media folder, played with {@code hls} or {@code dash}. */
    String page(String player, String manifest) {
        String src = "/media/" + manifest;
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/?player=" + player
                + "&src=" + URLEncoder.encode(src, StandardCharsets.UTF_8);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body = path.equals("/") ? classpath("player/player.html")
                    : path.startsWith("/lib/") && LIBRARIES.containsKey(path.substring(5)) ? library(path.substring(5))
                    : path.startsWith("/media/") ? file(path.substring(7))
                    : null;
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = path.equals("/") ? "player.html" : path;
            exchange.getResponseHeaders().set("Content-Type",
                    CONTENT_TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private byte[] file(String relative) throws IOException {
        Path file = media.resolve(relative).normalize();
        return file.startsWith(media) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
    }

    private static byte[] library(String name) throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources(LIBRARIES.get(name));
        if (found.length != 1 || !found[0].exists()) {
            throw new IllegalStateException("Expected one " + LIBRARIES.get(name) + ", found none (hls.js comes from its"
                    + " webjar, dash.js from src/main/resources/static/vendor/dashjs)");
        }
        try (InputStream in = found[0].getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static byte[] classpath(String name) {
        try (InputStream in = PlayerServer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No " + name + " on the test classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
