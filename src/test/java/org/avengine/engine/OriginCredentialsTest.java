package org.avengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.avengine.TestMedia;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * An origin behind HTTP Basic: without a customer origin strategy its ingest fails with the server's
 * 401; with one, ingest sends the credentials and the asset finishes; the API never shows them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OriginCredentialsTest {

    static final Path dataDir = TestMedia.tempDir("avengine-origin-credentials");
    static final String PASSWORD = "s3cret-pa55";
    static HttpServer origin;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
        registry.add("avengine.admin.key", () -> EngineClient.ADMIN_KEY);
        registry.add("avengine.admin.secret", () -> EngineClient.ADMIN_SECRET);
        registry.add("avengine.storage.inputs.allow-http", () -> "true");
        registry.add("avengine.storage.inputs.allowed-networks", () -> "127.0.0.0/8");
    }

    @BeforeAll
    static void originServer() throws IOException {
        Path tone = TestMedia.generate(Files.createDirectories(dataDir.resolve("origin")).resolve("tone.wav"),
                List.of("-f", "lavfi", "-i", "sine=frequency=440:duration=1"));
        String expected = "Basic " + Base64.getEncoder().encodeToString(("archive:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        origin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        origin.createContext("/protected/", exchange -> {
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.sendResponseHeaders(401, -1);
                exchange.close();
                return;
            }
            exchange.sendResponseHeaders(200, Files.size(tone));
            try (OutputStream out = exchange.getResponseBody()) {
                Files.copy(tone, out);
            }
        });
        origin.start();
    }

    @AfterAll
    static void stopOrigin() {
        origin.stop(0);
    }

    @Test
    void anOriginNeedingBasicCredentialsIsFetchedWithTheCustomersOriginStrategy() {
        EngineClient admin = EngineClient.admin(port);
        String c = admin.created("/customers", "{\"name\": \"archive\"}").get("id").asString();
        EngineClient archive = admin.as(admin.created("/customers/" + c + "/keys", "{}"));
        String space = "/customers/" + c + "/spaces/" + archive.created("/customers/" + c + "/spaces", "{\"name\": \"av\"}").get("id").asString();
        String url = "http://127.0.0.1:" + origin.getAddress().getPort() + "/protected/tone.wav";
        String asset = "{\"origin\": \"" + url + "\", \"mediaType\": \"audio/wav\"}";

        archive.put(space + "/images/tone", asset);
        assertThat(awaitFinished(archive, space + "/images/tone").get("error").asString()).contains("HTTP 401");

        JsonNode strategy = archive.created("/customers/" + c + "/originStrategies", """
                {"regex": "http://127\\\\.0\\\\.0\\\\.1:[0-9]+/protected/.*", "strategy": "basic-http-authentication",
                 "credentials": "{\\"user\\": \\"archive\\", \\"password\\": \\"%s\\"}", "order": 1}""".formatted(PASSWORD));
        assertThat(strategy.get("credentials").asString()).isEqualTo("xxx");
        var listed = archive.get("/customers/" + c + "/originStrategies");
        assertThat(listed.json().get("totalItems").asInt()).isEqualTo(1);
        assertThat(listed.body() + archive.get("/customers/" + c + "/originStrategies/" + strategy.get("id").asInt()).body())
                .doesNotContain(PASSWORD).doesNotContain("archive\\\"");

        archive.put(space + "/images/tone", asset);
        JsonNode finished = awaitFinished(archive, space + "/images/tone");
        assertThat(finished.get("error").isNull()).as(finished.toString()).isTrue();
        assertThat(finished.get("duration").asLong()).isBetween(900L, 1200L);
    }

    @Test
    void strategiesAreTheCustomersOwnAndBadOnesAreRefused() {
        EngineClient admin = EngineClient.admin(port);
        String c = admin.created("/customers", "{\"name\": \"owner\"}").get("id").asString();
        String other = admin.created("/customers", "{\"name\": \"other\"}").get("id").asString();
        EngineClient stranger = admin.as(admin.created("/customers/" + other + "/keys", "{}"));
        int id = admin.created("/customers/" + c + "/originStrategies", """
                {"regex": "https://example\\\\.org/", "strategy": "basic-http-authentication",
                 "credentials": {"user": "u", "password": "p"}}""").get("id").asInt();
        assertThat(stranger.get("/customers/" + c + "/originStrategies").status()).isEqualTo(401);
        assertThat(stranger.get("/customers/" + c + "/originStrategies/" + id).status()).isEqualTo(401);
        assertThat(admin.get("/customers/" + other + "/originStrategies/" + id).status()).isEqualTo(404);

        assertThat(admin.post("/customers/" + c + "/originStrategies", """
                {"regex": "([", "strategy": "basic-http-authentication", "credentials": {"user": "u", "password": "p"}}""")
                .json().get("detail").asString()).startsWith("regex:");
        assertThat(admin.post("/customers/" + c + "/originStrategies", """
                {"regex": "x", "strategy": "s3-ambient", "credentials": {"user": "u", "password": "p"}}""")
                .json().get("detail").asString()).startsWith("strategy:");
        assertThat(admin.post("/customers/" + c + "/originStrategies", """
                {"regex": "x", "strategy": "basic-http-authentication", "credentials": "nope"}""")
                .json().get("detail").asString()).startsWith("credentials:");
        assertThat(admin.delete("/customers/" + c + "/originStrategies/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/customers/" + c + "/originStrategies/" + id).status()).isEqualTo(404);
    }

    private static JsonNode awaitFinished(EngineClient client, String path) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            JsonNode asset = client.get(path).json();
            if (!asset.get("ingesting").asBoolean()) {
                return asset;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError(path + " is still ingesting");
    }
}
