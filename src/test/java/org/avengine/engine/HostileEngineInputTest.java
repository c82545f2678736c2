package org.avengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.avengine.TestMedia;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;

/**
 * Hostile requests to the engine API: asset ids that climb out of the store, origins on internal
 * addresses, oversized bodies; and credentials (an origin strategy's, the S3 store's) that must not
 * come back in a response or appear in the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class HostileEngineInputTest {

    static final Path dataDir = TestMedia.tempDir("avengine-hostile-engine");
    static final String ORIGIN_PASSWORD = "origin-pa55-Q7Z";
    static final String S3_SECRET = "s3-secret-W9X4";
    static final AtomicInteger internalRequests = new AtomicInteger();
    static HttpServer internal;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
        registry.add("avengine.admin.key", () -> EngineClient.ADMIN_KEY);
        registry.add("avengine.admin.secret", () -> EngineClient.ADMIN_SECRET);
        registry.add("avengine.storage.inputs.allow-http", () -> "true");
        registry.add("avengine.storage.s3.access-key", () -> "s3-access");
        registry.add("avengine.storage.s3.secret-key", () -> S3_SECRET);
        registry.add("avengine.http.max-body-size", () -> "16KB");
    }

    @BeforeAll
    static void internalServer() throws IOException {
        internal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        internal.createContext("/", exchange -> {
            internalRequests.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        internal.start();
    }

    @AfterAll
    static void stop() {
        internal.stop(0);
    }

    @Test
    void assetIdsThatClimbOutOfTheStoreAreRefused() {
        String space = space(EngineClient.admin(port), "ids");
        String asset = "{\"origin\": \"s3://media/in/a.mp4\", \"mediaType\": \"video/mp4\"}";
        for (String id : List.of("..", "..a", ".hidden", "a%20b")) {
            EngineClient.Response response = EngineClient.admin(port).put(space + "/images/" + id, asset);
            assertThat(response.status()).as(id).isEqualTo(400);
            assertThat(response.json().get("detail").asString()).as(id).startsWith("id:");
        }
        for (String id : List.of("%2e%2e", "..%2F..%2Fetc", "a%5Cb", "a%00b", "%2e%2e%5c%2e%2e")) {
            assertThat(EngineClient.admin(port).put(space + "/images/" + id, asset).status()).as(id).isIn(400, 404);
        }
    }

    @Test
    void originsOnInternalAddressesAreRefusedWithoutAConnection() {
        EngineClient admin = EngineClient.admin(port);
        String space = space(admin, "ssrf");
        int p = internal.getAddress().getPort();
        for (String origin : List.of("http://localhost:" + p + "/a.mp4", "http://127.0.0.1:" + p + "/a.mp4",
                "http://169.254.169.254/latest/meta-data/")) {
            String id = "ssrf" + Math.abs(origin.hashCode());
            EngineClient.Response put = admin.put(space + "/images/" + id,
                    "{\"origin\": \"" + origin + "\", \"mediaType\": \"video/mp4\"}");
            String refusal = put.status() == 400 ? put.json().get("detail").asString()
                    : awaitFinished(admin, space + "/images/" + id).get("error").asString();
            assertThat(refusal).as(origin).contains("avengine.storage.inputs.allowed-networks");
        }
        assertThat(internalRequests).hasValue(0);
    }

    @Test
    void credentialsAreNeitherReturnedNorLogged(CapturedOutput log) {
        EngineClient admin = EngineClient.admin(port);
        String c = admin.created("/customers", "{\"name\": \"secretive\"}").get("id").asString();
        String space = "/customers/" + c + "/spaces/" + admin.created("/customers/" + c + "/spaces", "{\"name\": \"av\"}")
                .get("id").asString();
        JsonNode strategy = admin.created("/customers/" + c + "/originStrategies", """
                {"regex": "http://localhost:[0-9]+/.*", "strategy": "basic-http-authentication",
                 "credentials": {"user": "archive", "password": "%s"}}""".formatted(ORIGIN_PASSWORD));
        String origin = "http://localhost:" + internal.getAddress().getPort() + "/a.mp4";
        admin.put(space + "/images/guarded", "{\"origin\": \"" + origin + "\", \"mediaType\": \"video/mp4\"}");
        JsonNode finished = awaitFinished(admin, space + "/images/guarded");

        String responses = strategy + admin.get("/customers/" + c + "/originStrategies").body() + finished
                + admin.get("/actuator/health").body() + admin.get("/actuator/info").body() + admin.get("/actuator/env").body();
        assertThat(responses).doesNotContain(ORIGIN_PASSWORD).doesNotContain(S3_SECRET);
        assertThat(log.getAll()).doesNotContain(ORIGIN_PASSWORD).doesNotContain(S3_SECRET);
    }

    @Test
    void aBodyOverTheLimitIs413ProblemNamingTheSetting() {
        String space = space(EngineClient.admin(port), "big");
        EngineClient.Response response = EngineClient.admin(port).put(space + "/images/big",
                "{\"origin\": \"s3://media/in/a.mp4\", \"mediaType\": \"video/mp4\", \"pad\": \"" + "x".repeat(20_000) + "\"}");
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("detail").asString()).contains("avengine.http.max-body-size");
    }

    private static String space(EngineClient admin, String name) {
        String c = admin.created("/customers", "{\"name\": \"" + name + "\"}").get("id").asString();
        return "/customers/" + c + "/spaces/" + admin.created("/customers/" + c + "/spaces", "{\"name\": \"av\"}")
                .get("id").asString();
    }

    private static JsonNode awaitFinished(EngineClient client, String path) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        JsonNode asset = client.get(path).json();
        while (asset.get("ingesting").asBoolean() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            asset = client.get(path).json();
        }
        return asset;
    }
}
