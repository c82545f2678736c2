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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * A library's HLS journey: the shipped presets from configuration, a video whose policy names the
 * HLS ladder and the WebP poster, its ladder kept in a folder of its own whose playlists name only
 * files beside them, and that folder removed whole by a policy change and by delete, never touching
 * another asset's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HlsAssetJourneyTest {

    static final Path dataDir = TestMedia.tempDir("avengine-hls-assets");
    static final Path storage = dataDir.resolve("storage");

    @LocalServerPort
    int port;

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
        TestMedia.clip(Files.createDirectories(storage.resolve("origins")).resolve("clip.mp4"), 320, 180, 2);
    }

    @Test
    void theShippedPresetsNameTheirTranscoderPresetsAndExtensions() {
        JsonNode presets = new EngineClient(port, null, null).get("/av/presets").json();
        assertThat(presets.propertyNames()).contains("video-mp4-480p", "video-mp4-720p", "video-mp4-1080p", "video-webm-720p",
                "video-hls-abr", "audio-mp3-128", "audio-mp3-192", "audio-aac-128", "image-webp-poster");
        assertThat(presets.get("video-mp4-720p").get("id").asString()).isEqualTo("System-Generic_Hd_Mp4_Avc_Aac_16x9_1280x720p_24Hz_4.5Mbps");
        assertThat(presets.get("video-hls-abr").get("id").asString().split(","))
                .hasSize(3).allSatisfy(id -> assertThat(id).startsWith("System-Ott_Hls_Ts_Avc_Aac_16x9_"));
        assertThat(presets.get("video-hls-abr").get("extension").asString()).isEqualTo("m3u8");
        assertThat(presets.get("video-webm-720p").get("id").asString()).isEqualTo("avengine-Webm_Vp9_Opus_1280x720p_1.5Mbps");
        assertThat(presets.get("image-webp-poster").get("extension").asString()).isEqualTo("webp");
    }

    @Test
    void anHlsLadderKeepsItsFilesInItsOwnFolderWhichPolicyChangeAndDeleteRemoveWholeSparingOtherAssets() throws IOException {
        EngineClient admin = EngineClient.admin(port);
        String c = admin.created("/customers", "{\"name\": \"hls-" + System.nanoTime() + "\"}").get("id").asString();
        String space = "/customers/" + c + "/spaces/" + admin.created("/customers/" + c + "/spaces", "{\"name\": \"av\"}").get("id").asString();
        admin.put("/customers/" + c + "/deliveryChannelPolicies/iiif-av/ladder", "{\"presets\": [\"video-hls-abr\", \"image-webp-poster\"]}");
        for (String id : List.of("film-1", "film-10")) {
            admin.put(space + "/images/" + id, """
                    {"origin": "s3://origins/clip.mp4", "mediaType": "video/mp4", "deliveryChannels": [{"channel": "iiif-av", "policy": "ladder"}]}""");
        }
        JsonNode asset = awaitFinished(admin, space + "/images/film-1");
        assertThat(asset.get("error").isNull()).as(asset.toString()).isTrue();
        awaitFinished(admin, space + "/images/film-10");
        String prefix = space.replace("/customers/", "").replace("/spaces", "");
        Path folder = storage.resolve("avengine-storage/" + prefix + "/film-1/hls/video-hls-abr");

        List<Transcode> transcodes = assets.find(AssetId.parse(prefix + "/film-1")).orElseThrow().transcodes();
        assertThat(transcodes.get(0)).isEqualTo(new Transcode("s3://avengine-storage/" + prefix + "/film-1/hls/video-hls-abr/master.m3u8",
                "video-hls-abr", "m3u8", "application/vnd.apple.mpegurl", 1280, 720, transcodes.get(0).durationMs()));
        assertThat(transcodes.get(0).durationMs()).isBetween(1900L, 2300L);
        assertThat(transcodes.get(1).location()).endsWith(prefix + "/film-1/full/full/max/max/0/default.webp");
        assertThat(asset.get("width").asInt()).isEqualTo(1280);
        List<String> media = uris(folder.resolve("master.m3u8"));
        assertThat(media).containsExactlyInAnyOrder("master_0.m3u8", "master_1.m3u8", "master_2.m3u8");
        for (String playlist : media) {
            assertThat(uris(folder.resolve(playlist))).isNotEmpty().allSatisfy(segment -> assertThat(folder.resolve(segment)).isRegularFile());
        }
        Eventually.await("deleting both jobs' folders", Duration.ofSeconds(30),
                () -> AssetJourneyTest.filesUnder(storage.resolve("avengine-storage/" + prefix + "/film-1/transcoding")).isEmpty()
                        && AssetJourneyTest.filesUnder(storage.resolve("avengine-storage/" + prefix + "/film-10/transcoding")).isEmpty());
        List<Path> otherFiles = AssetJourneyTest.filesUnder(storage.resolve("avengine-storage/" + prefix + "/film-10"));

        admin.put(space + "/images/film-1", "{\"origin\": \"s3://origins/clip.mp4\", \"mediaType\": \"video/mp4\"}");
        awaitFinished(admin, space + "/images/film-1");
        Eventually.await("deleting the HLS folder and the poster no longer wanted", Duration.ofSeconds(30),
                () -> AssetJourneyTest.filesUnder(storage.resolve("avengine-storage/" + prefix + "/film-1/hls")).isEmpty()
                        && !Files.exists(storage.resolve("avengine-storage/" + prefix + "/film-1/full/full/max/max/0/default.webp")));
        assertThat(storage.resolve("avengine-storage/" + prefix + "/film-1/full/full/max/max/0/default.mp4")).isRegularFile();
        assertThat(AssetJourneyTest.filesUnder(storage.resolve("avengine-storage/" + prefix + "/film-10"))).isEqualTo(otherFiles);

        assertThat(admin.delete(space + "/images/film-10").status()).isEqualTo(204);
        Eventually.await("deleting everything the other asset owned", Duration.ofSeconds(30),
                () -> AssetJourneyTest.filesUnder(storage.resolve("avengine-storage/" + prefix + "/film-10")).isEmpty());
        assertThat(storage.resolve("avengine-storage/" + prefix + "/film-1/full/full/max/max/0/default.mp4")).isRegularFile();
    }

    /** The URIs a playlist names, each relative to the playlist. */
    private static List<String> uris(Path playlist) throws IOException {
        return Files.readAllLines(playlist).stream().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }

    private static JsonNode awaitFinished(EngineClient client, String path) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
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
