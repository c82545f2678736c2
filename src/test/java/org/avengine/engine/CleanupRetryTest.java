package org.avengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.avengine.TestMedia;
import org.avengine.storage.S3ProxyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The S3 store (s3proxy on disk) goes down: deleting an asset still answers 204 at once, the cleanup
 * worker's deletions fail and are tried again, and once the store is back they succeed, touching
 * nothing of the asset next door.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CleanupRetryTest {

    static final Path dataDir = TestMedia.tempDir("avengine-cleanup-retry");
    static final Path s3Folder = TestMedia.tempDir("avengine-cleanup-retry-s3");
    static S3ProxyServer s3 = S3ProxyServer.onDisk(s3Folder)
            .createBucket("avengine-storage").createBucket("avengine-input").createBucket("origins");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
        registry.add("avengine.admin.key", () -> EngineClient.ADMIN_KEY);
        registry.add("avengine.admin.secret", () -> EngineClient.ADMIN_SECRET);
        registry.add("avengine.engine.cleanup.retry-delay", () -> "200ms");
        registry.add("avengine.engine.cleanup.max-retry-delay", () -> "1s");
        s3.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @BeforeAll
    static void origin() throws IOException {
        Path tone = TestMedia.generate(dataDir.resolve("tone.wav"), List.of("-f", "lavfi", "-i", "sine=frequency=440:duration=1"));
        try (S3Client client = s3.newClient()) {
            client.putObject(r -> r.bucket("origins").key("tone.wav"), RequestBody.fromFile(tone));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        s3.close();
    }

    @Test
    void deletionsTheStoreRefusesAreTriedAgainUntilTheySucceed() throws Exception {
        EngineClient admin = EngineClient.admin(port);
        String c = admin.created("/customers", "{\"name\": \"retry\"}").get("id").asString();
        String space = "/customers/" + c + "/spaces/" + admin.created("/customers/" + c + "/spaces", "{\"name\": \"av\"}").get("id").asString();
        String prefix = space.replace("/customers/", "").replace("/spaces", "");
        for (String name : List.of("tone", "tone2")) {
            admin.put(space + "/images/" + name, "{\"origin\": \"s3://origins/tone.wav\", \"mediaType\": \"audio/wav\"}");
            Eventually.await("ingesting " + name, Duration.ofMinutes(2),
                    () -> !admin.get(space + "/images/" + name).json().get("ingesting").asBoolean());
        }
        Eventually.await("the ingests' own deletions", Duration.ofSeconds(30), () -> pending() == 0);

        int storePort = s3.endpoint().getPort();
        s3.close();
        assertThat(admin.delete(space + "/images/tone").status()).isEqualTo(204);
        Eventually.await("failed deletions, tried again", Duration.ofSeconds(60), () -> jdbc.sql(
                "SELECT COUNT(*) FROM engine_cleanups WHERE attempts >= 2 AND last_error IS NOT NULL").query(Integer.class).single() > 0);
        assertThat(pending()).isPositive();

        s3 = S3ProxyServer.onDisk(s3Folder, storePort);
        Eventually.await("the deletions, once the store is back", Duration.ofSeconds(30), () -> pending() == 0);
        try (S3Client client = s3.newClient()) {
            assertThat(keys(client, prefix + "/tone/")).isEmpty();
            assertThat(keys(client, prefix + "/tone2/")).contains(prefix + "/tone2/full/max/default.mp3", prefix + "/tone2/metadata");
        }
    }

    private int pending() {
        return jdbc.sql("SELECT COUNT(*) FROM engine_cleanups").query(Integer.class).single();
    }

    private static List<String> keys(S3Client client, String prefix) {
        return client.listObjectsV2(r -> r.bucket("avengine-storage").prefix(prefix)).contents().stream().map(S3Object::key).toList();
    }
}
