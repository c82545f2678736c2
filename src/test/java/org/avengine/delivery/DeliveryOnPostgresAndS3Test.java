package org.avengine.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.avengine.PostgresSchema;
import org.avengine.TestMedia;
import org.avengine.storage.S3ProxyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The engine's story ({@link EngineStory}) on the set-up nodes share to scale out: PostgreSQL (a
 * schema of its own, skipped saying why where none answers) and an S3-compatible store (s3proxy
 * in-process). The origin is on a web server, or an {@code s3://} object in the store, copied there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliveryOnPostgresAndS3Test {

    static final PostgresSchema postgres = new PostgresSchema("avengine_story");
    static final Path dataDir = TestMedia.tempDir("avengine-story-s3");
    static final S3ProxyServer s3 = S3ProxyServer.inMemory()
            .createBucket("avengine-storage").createBucket("avengine-input").createBucket("origins");
    static final OriginServer origin = OriginServer.start(dataDir.resolve("origin"));

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
        registry.add("avengine.admin.key", () -> EngineStory.ADMIN_KEY);
        registry.add("avengine.admin.secret", () -> EngineStory.ADMIN_SECRET);
        registry.add("avengine.storage.inputs.allow-http", () -> "true");
        registry.add("avengine.storage.inputs.allowed-networks", () -> "127.0.0.0/8");
        s3.springProperties().forEach((key, value) -> registry.add(key, () -> value));
        postgres.register(registry);
    }

    @BeforeAll
    static void reachable() {
        postgres.assumeReachable("the engine story on PostgreSQL and S3");
    }

    @AfterAll
    static void stop() throws Exception {
        origin.close();
        s3.close();
        postgres.drop();
    }

    @Test
    void aVideoFromAWebServerIsDeliveredFromS3InRangesAndDescribedByAManifest() throws Exception {
        EngineStory.admin(port, dataDir.resolve("delivered")).video(origin.url("/films/clip.mp4"));
        assertThat(Files.exists(dataDir.resolve("storage"))).as("nothing written to the local store").isFalse();
    }

    @Test
    void aVideoWhoseOriginIsAnObjectInTheStoreIsCopiedThereAndDelivered() throws Exception {
        try (S3Client client = s3.newClient()) {
            client.putObject(r -> r.bucket("origins").key("films/clip.mp4"), RequestBody.fromFile(origin.clip()));
        }
        EngineStory.admin(port, dataDir.resolve("delivered")).video("s3://origins/films/clip.mp4");
    }
}
