package org.avengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.avengine.TestMedia;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A node stopped in the middle of an ingest: the asset row says INGESTING with a lease that ran out
 * and an input copy lies in the store. Another node claims it again and finishes it; a live lease is
 * left alone; an asset abandoned too often ends with an error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IngestRecoveryTest {

    static final Path dataDir = TestMedia.tempDir("avengine-ingest-recovery");
    static final Path storage = dataDir.resolve("storage");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Assets assets;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
        registry.add("avengine.admin.key", () -> EngineClient.ADMIN_KEY);
        registry.add("avengine.admin.secret", () -> EngineClient.ADMIN_SECRET);
    }

    @BeforeAll
    static void media() throws IOException {
        TestMedia.generate(Files.createDirectories(storage.resolve("origins")).resolve("tone.wav"),
                List.of("-f", "lavfi", "-i", "sine=frequency=440:duration=1"));
    }

    @Test
    void anAssetLeftMidIngestByAStoppedNodeIsClaimedAgainAndFinished() throws IOException {
        AssetId id = newAsset("stranded");
        Path abandonedInput = Files.createDirectories(storage.resolve("avengine-input/" + id.path())).resolve("crashed-token");
        Files.writeString(abandonedInput, "half a copy");
        insertIngesting(id, "crashed-token", Instant.now().minus(Duration.ofMinutes(5)), 1);

        Asset finished = awaitDone(id);
        assertThat(finished.error()).isNull();
        assertThat(finished.ingestToken()).isNotEqualTo("crashed-token");
        assertThat(finished.transcodes()).extracting(Transcode::preset).containsExactly("audio-mp3-128");
        assertThat(storage.resolve("avengine-storage/" + id.path() + "/full/max/default.mp3")).exists();
        assertThat(abandonedInput).doesNotExist();
    }

    @Test
    void anIngestWhoseLeaseIsStillLiveIsLeftToItsNode() throws InterruptedException {
        AssetId id = newAsset("busy");
        insertIngesting(id, "live-token", Instant.now().plus(Duration.ofMinutes(5)), 1);
        Thread.sleep(2000);
        Asset asset = assets.find(id).orElseThrow();
        assertThat(asset.state()).isEqualTo(AssetState.INGESTING);
        assertThat(asset.ingestToken()).isEqualTo("live-token");
    }

    @Test
    void anAssetAbandonedMoreOftenThanAllowedEndsWithAnError() {
        AssetId id = newAsset("cursed");
        insertIngesting(id, "third-crash", Instant.now().minus(Duration.ofMinutes(5)), 3);
        Asset failed = awaitDone(id);
        assertThat(failed.error()).startsWith("Ingest failed: abandoned by a stopped node 3 times");
        assertThat(failed.transcodes()).isEmpty();
    }

    /** The id of an asset in the space of a new customer. */
    private AssetId newAsset(String id) {
        EngineClient admin = EngineClient.admin(port);
        int c = admin.created("/customers", "{\"name\": \"recovery-" + System.nanoTime() + "\"}").get("id").asInt();
        int space = admin.created("/customers/" + c + "/spaces", "{\"name\": \"av\"}").get("id").asInt();
        return new AssetId(c, space, id);
    }

    private void insertIngesting(AssetId id, String token, Instant leaseUntil, int attempts) {
        jdbc.sql("""
                INSERT INTO engine_assets (customer_id, space_id, id, origin, family, media_type, delivery_channels, presets,
                  fields, created_at, state, ingest_token, transcodes, ingest_lease_until, ingest_attempts)
                VALUES (:c, :s, :id, 's3://origins/tone.wav', 'T', 'audio/wav', '[{"channel":"iiif-av","policy":"default-audio"}]',
                  '["audio-mp3-128"]', '{}', :now, 'INGESTING', :token, '[]', :lease, :attempts)""")
                .param("c", id.customer()).param("s", id.space()).param("id", id.id()).param("now", System.currentTimeMillis())
                .param("token", token).param("lease", leaseUntil.toEpochMilli()).param("attempts", attempts).update();
    }

    private Asset awaitDone(AssetId id) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            Asset asset = assets.find(id).orElseThrow();
            if (asset.state() == AssetState.DONE) {
                return asset;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError(id + " was not ingested again");
    }
}
