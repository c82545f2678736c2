package org.avengine.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.avengine.TestMedia;

/**
 * A web server on a free loopback port that serves the story's origins: a 2-second 320x180 clip for
 * any path, and a 2-second tone for a path ending in {@code .wav}.
 */
final class OriginServer implements AutoCloseable {

    private final HttpServer server;
    private final Path clip;

    private OriginServer(HttpServer server, Path clip) {
        this.server = server;
        this.clip = clip;
    }

    /** Makes the media under {@code folder} and starts serving it. */
    static OriginServer start(Path folder) {
        try {
            Path clip = TestMedia.clip(Files.createDirectories(folder).resolve("clip.mp4"), 320, 180, 2);
            Path tone = TestMedia.generate(folder.resolve("tone.wav"), List.of("-f", "lavfi", "-i", "sine=frequency=440:duration=2"));
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                Path file = exchange.getRequestURI().getPath().endsWith(".wav") ? tone : clip;
                exchange.sendResponseHeaders(200, Files.size(file));
                try (OutputStream out = exchange.getResponseBody()) {
                    Files.copy(file, out);
                }
            });
            server.start();
            return new OriginServer(server, clip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL of {@code path} on this server, e.g. {@code /films/clip.mp4}. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The clip this server answers with, to upload elsewhere. */
    Path clip() {
        return clip;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
