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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Cleanup is asynchronous: deleting an asset or removing its channel answers at once, with the
 * deletions recorded, and the cleanup worker deletes exactly that asset's files soon after. An asset
 * with deletions pending is not ingested again until they are done.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssetCleanupTest {

    static final Path dataDir = TestMedia.tempDir("avengine-cleanup");
    static final Path storage = dataDir.resolve("storage");
    static final Duration SOON = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Assets assets;

    EngineClient admin;
    String space;
    String prefix;

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

    @BeforeEach
    void space() {
        admin = EngineClient.admin(port);
        String c = admin.created("/customers", "{\"name\": \"c" + System.nanoTime() + "\"}").get("id").asString();
        space = "/customers/" + c + "/spaces/" + admin.created("/customers/" + c + "/spaces", "{\"name\": \"av\"}").get("id").asString();
        prefix = space.replace("/customers/", "").replace("/spaces", "");
    }

    @Test
    void deletingAnAssetAnswersAtOnceAndItsFilesGoInTheBackgroundWhileItsNeighboursFilesStay() {
        register("tone");
        register("tone2");
        assertThat(admin.delete(space + "/images/tone").status()).isEqualTo(204);
        assertThat(admin.get(space + "/images/tone").status()).isEqualTo(404);

        Eventually.await("deleting everything asset tone owned", SOON, () -> pending("tone") == 0
                && AssetJourneyTest.filesUnder(storage.resolve("avengine-storage/" + prefix + "/tone")).isEmpty());
        assertThat(AssetJourneyTest.filesUnder(storage.resolve("avengine-input/" + prefix + "/tone"))).isEmpty();
        assertThat(storage.resolve("avengine-storage/" + prefix + "/tone2/full/max/default.mp3")).exists();
        assertThat(storage.resolve("avengine-storage/" + prefix + "/tone2/metadata")).exists();
        assertThat(admin.get("/iiif-av/" + prefix + "/tone2/full/max/default.mp3").status()).isEqualTo(200);
        assertThat(admin.delete(space + "/images/tone").status()).isEqualTo(404);
    }

    @Test
    void removingTheIiifAvChannelClearsTheAvTranscodesAtOnceAndDeletesTheDerivativesAndTheMetadataBlob() {
        register("song");
        Path mp3 = storage.resolve("avengine-storage/" + prefix + "/song/full/max/default.mp3");
        Path metadata = storage.resolve("avengine-storage/" + prefix + "/song/metadata");
        assertThat(mp3).exists();
        assertThat(metadata).exists();

        var put = admin.put(space + "/images/song", """
                {"origin": "s3://origins/tone.wav", "mediaType": "audio/wav", "deliveryChannels": []}""");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(assets.find(AssetId.parse(prefix + "/song")).orElseThrow().transcodes()).isEmpty();
        Eventually.await("deleting the MP3 and the metadata blob", SOON, () -> !Files.exists(mp3) && !Files.exists(metadata));
        assertThat(admin.get("/iiif-av/" + prefix + "/song/full/max/default.mp3").status()).isEqualTo(404);
    }

    @Test
    void anAssetIsNotIngestedAgainWhileDeletionsOfItsOwnArePending() throws InterruptedException {
        register("held");
        Path mp3 = storage.resolve("avengine-storage/" + prefix + "/held/full/max/default.mp3");
        Eventually.await("the first ingest's deletions", SOON, () -> pending("held") == 0);
        AssetId id = AssetId.parse(prefix + "/held");
        jdbc.sql("""
                INSERT INTO engine_cleanups (id, customer_id, space_id, asset_id, bucket, object_key, is_prefix, created_at, due_at)
                VALUES ('held-1', :c, :s, 'held', 'avengine-storage', :key, FALSE, 0, :later)""")
                .param("c", id.customer()).param("s", id.space()).param("key", prefix + "/held/full/max/default.mp3")
                .param("later", Instant.now().plus(Duration.ofHours(1)).toEpochMilli()).update();

        admin.put(space + "/images/held", "{\"origin\": \"s3://origins/tone.wav\", \"mediaType\": \"audio/wav\"}");
        Thread.sleep(2000);
        assertThat(assets.find(id).orElseThrow().state()).isEqualTo(AssetState.QUEUED);

        jdbc.sql("UPDATE engine_cleanups SET due_at = 0 WHERE id = 'held-1'").update();
        Eventually.await("the held deletion, then the new ingest", Duration.ofMinutes(2),
                () -> !assets.find(id).orElseThrow().isIngesting());
        Eventually.await("the new ingest's own deletions", SOON, () -> pending("held") == 0);
        assertThat(mp3).as("made by the new ingest after the old one's deletion").exists();
    }

    private void register(String name) {
        var put = admin.put(space + "/images/" + name, "{\"origin\": \"s3://origins/tone.wav\", \"mediaType\": \"audio/wav\"}");
        assertThat(put.status()).as(put.body()).isEqualTo(201);
        Eventually.await("ingesting " + name, Duration.ofMinutes(2),
                () -> !admin.get(space + "/images/" + name).json().get("ingesting").asBoolean());
    }

    private int pending(String assetId) {
        return jdbc.sql("SELECT COUNT(*) FROM engine_cleanups WHERE asset_id = :id AND customer_id = :c")
                .param("id", assetId).param("c", Integer.parseInt(prefix.split("/")[0])).query(Integer.class).single();
    }
}
