package org.avengine.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.avengine.SignedRequests;

/**
 * An avengine node in a JVM of its own, started from the test classpath with a small heap, its own
 * data directory and log file, and the given settings as command-line arguments.
 */
final class AvengineNode implements AutoCloseable {

    static final String ADMIN = "cluster-admin";
    static final String ADMIN_SECRET = "cluster-admin-secret";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String id;
    final int port;
    final Path dataDir;
    private final Map<String, String> settings;
    private Process process;

    AvengineNode(String id, Path dataDir, Map<String, String> settings) {
        this.id = id;
        this.port = freePort();
        this.dataDir = dataDir;
        this.settings = settings;
    }

    /** Starts the JVM and returns at once; {@link #awaitReady} waits until it serves. */
    AvengineNode start() throws IOException {
        Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Xss512k", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "org.avengine.AvengineApplication",
                "--server.port=" + port, "--avengine.data-dir=" + dataDir, "--avengine.node.id=" + id,
                "--avengine.admin.key=" + ADMIN, "--avengine.admin.secret=" + ADMIN_SECRET));
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
        return this;
    }

    void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (status("/actuator/health/readiness") != 200) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("Node " + id + " did not become ready; its log ends:\n" + logTail());
            }
            Thread.sleep(250);
        }
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + port + path);
        HttpRequest.Builder request = path.startsWith("/2017-08-29/") ? SignedRequests.get(uri) : HttpRequest.newBuilder(uri)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_SECRET).getBytes()));
        return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The HTTP status of a GET, or -1 while nothing answers. */
    int status(String path) throws InterruptedException {
        try {
            return get(path).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    /** SIGKILL: the node gets no chance to clean up. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, then the exit code once it stopped (or -1 when it did not within the time). */
    int terminate(Duration timeout) throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return process == null ? -1 : process.exitValue();
        }
        process.destroy();
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    /** Folders and files under the node's work folder. */
    List<Path> workFiles() throws IOException {
        Path work = dataDir.resolve("work");
        if (!Files.exists(work)) {
            return List.of();
        }
        try (var files = Files.walk(work)) {
            return files.filter(path -> !path.equals(work)).toList();
        }
    }

    Path log() {
        return dataDir.resolveSibling(id + ".log");
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive() && terminate(Duration.ofSeconds(20)) == -1) {
            process.destroyForcibly();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
