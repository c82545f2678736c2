package org.avengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * A digital library's journey on the embedded defaults: register video and audio assets whose
 * origins are in the store, wait for ingest, read AVTranscodes through the files they name and
 * {@code /metadata}, change a policy, delete an asset, and see failures end as asset errors.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssetJourneyTest {

    static final Path dataDir = TestMedia.tempDir("avengine-assets");
    static final Path storage = dataDir.resolve("storage");

    @LocalServerPort
    int port;

    @Autowired
    Assets assets;

    EngineClient admin;
    EngineClient library;
    String space;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
        registry.add("avengine.admin.key", () -> EngineClient.ADMIN_KEY);
        registry.add("avengine.admin.secret", () -> EngineClient.ADMIN_SECRET);
    }

    @BeforeAll
    static void media() throws IOException {
        Path origins = Files.createDirectories(storage.resolve("origins"));
        TestMedia.clip(origins.resolve("clip.mp4"), 320, 180, 2);
        TestMedia.generate(origins.resolve("tone.wav"), List.of("-f", "lavfi", "-i", "sine=frequency=440:duration=2"));
        TestMedia.generate(origins.resolve("picture.png"), List.of("-f", "lavfi", "-i", "testsrc2=size=64x64", "-frames:v", "1"));
    }

    @BeforeEach
    void customer() {
        admin = EngineClient.admin(port);
        JsonNode customer = admin.created("/customers", "{\"name\": \"library-" + System.nanoTime() + "\"}");
        String c = customer.get("id").asString();
        library = admin.as(admin.created("/customers/" + c + "/keys", "{}"));
        space = "/customers/" + c + "/spaces/" + library.created("/customers/" + c + "/spaces", "{\"name\": \"av\"}").get("id").asString();
    }

    @Test
    void aVideoAssetIsTranscodedByItsPolicyAndRecordsItsAvTranscodes() {
        String c = space.split("/")[2];
        library.put("/customers/" + c + "/deliveryChannelPolicies/iiif-av/mp4-and-webm",
                "{\"presets\": [\"video-mp4-720p\", \"video-webm-720p\"]}");
        var put = library.put(space + "/images/film-1", """
                {"origin": "s3://origins/clip.mp4", "family": "T", "mediaType": "video/mp4", "string1": "reel 1",
                 "deliveryChannels": [{"channel": "iiif-av", "policy": "mp4-and-webm"}]}""");
        assertThat(put.status()).as(put.body()).isEqualTo(201);
        assertThat(put.json().get("ingesting").asBoolean()).isTrue();

        JsonNode asset = awaitFinished(space + "/images/film-1");
        assertThat(asset.get("error").isNull()).as(asset.toString()).isTrue();
        assertThat(asset.get("width").asInt()).isEqualTo(1280);
        assertThat(asset.get("height").asInt()).isEqualTo(720);
        assertThat(asset.get("duration").asLong()).isBetween(1900L, 2100L);
        assertThat(asset.get("string1").asString()).isEqualTo("reel 1");

        String prefix = space.replace("/customers/", "").replace("/spaces", "") + "/film-1";
        Path mp4 = storage.resolve("avengine-storage/" + prefix + "/full/full/max/max/0/default.mp4");
        Path webm = storage.resolve("avengine-storage/" + prefix + "/full/full/max/max/0/default.webm");
        assertThat(TestMedia.stream(TestMedia.probe(mp4), "video").get("codec_name").asString()).isEqualTo("h264");
        assertThat(TestMedia.stream(TestMedia.probe(webm), "video").get("codec_name").asString()).isEqualTo("vp9");
        assertThat(TestMedia.duration(TestMedia.probe(webm))).isCloseTo(2.0, within(0.1));
        Eventually.await("deleting the input copy and the job's folder", Duration.ofSeconds(30),
                () -> filesUnder(storage.resolve("avengine-input/" + prefix)).isEmpty()
                        && filesUnder(storage.resolve("avengine-storage/" + prefix + "/transcoding")).isEmpty());

        JsonNode job = library.get(space + "/images/film-1/metadata").json();
        assertThat(job.get("status").asString()).isEqualTo("COMPLETE");
        assertThat(job.get("userMetadata").get("dlcsId").asString()).isEqualTo(prefix);
        assertThat(job.get("userMetadata").get("storedOriginSize").asLong()).isPositive();
        assertThat(Files.exists(storage.resolve("avengine-storage/" + prefix + "/metadata"))).isTrue();
    }

    @Test
    void theAvTranscodesAreExactlyAsSpecifiedAndTwoMp3sOfOneAudioAssetBothStay() {
        String c = space.split("/")[2];
        library.put("/customers/" + c + "/deliveryChannelPolicies/iiif-av/two-mp3s", "{\"presets\": [\"audio-mp3-128\", \"audio-mp3-192\"]}");
        library.put(space + "/images/tone", """
                {"origin": "s3://origins/tone.wav", "mediaType": "audio/wav",
                 "deliveryChannels": [{"channel": "iiif-av", "policy": "two-mp3s"}]}""");
        awaitFinished(space + "/images/tone");

        String prefix = space.replace("/customers/", "").replace("/spaces", "") + "/tone";
        var transcodes = transcodesOf(prefix);
        assertThat(transcodes).hasSize(2);
        assertThat(transcodes.get(0).location()).isEqualTo("s3://avengine-storage/" + prefix + "/full/max/default.mp3");
        assertThat(transcodes.get(1).location()).isEqualTo("s3://avengine-storage/" + prefix + "/full/max/audio-mp3-192/default.mp3");
        assertThat(TestMedia.stream(TestMedia.probe(storage.resolve("avengine-storage/" + prefix + "/full/max/audio-mp3-192/default.mp3")),
                "audio").get("bit_rate").asLong()).isEqualTo(192_000);
        assertThat(transcodes.get(0)).isEqualTo(new Transcode("s3://avengine-storage/" + prefix + "/full/max/default.mp3",
                "audio-mp3-128", "mp3", "audio/mpeg", null, null, transcodes.get(0).durationMs()));
        assertThat(transcodes.get(0).durationMs()).isBetween(1900L, 2200L);
    }

    @Test
    void aPolicyChangeRemovesExactlyTheTranscodesNoLongerWantedAndDeleteRemovesEverything() {
        String c = space.split("/")[2];
        library.put("/customers/" + c + "/deliveryChannelPolicies/iiif-av/mp3-and-aac", "{\"presets\": [\"audio-mp3-128\", \"audio-aac-128\"]}");
        library.put(space + "/images/song", """
                {"origin": "s3://origins/tone.wav", "mediaType": "audio/wav",
                 "deliveryChannels": [{"channel": "iiif-av", "policy": "mp3-and-aac"}]}""");
        awaitFinished(space + "/images/song");
        library.put(space + "/images/other", "{\"origin\": \"s3://origins/tone.wav\", \"mediaType\": \"audio/wav\"}");
        awaitFinished(space + "/images/other");
        String prefix = space.replace("/customers/", "").replace("/spaces", "");
        Path m4a = storage.resolve("avengine-storage/" + prefix + "/song/full/max/default.m4a");
        assertThat(m4a).exists();

        library.put(space + "/images/song", "{\"origin\": \"s3://origins/tone.wav\", \"mediaType\": \"audio/wav\"}");
        awaitFinished(space + "/images/song");
        Eventually.await("deleting the AAC no longer wanted", Duration.ofSeconds(30), () -> !Files.exists(m4a));
        assertThat(transcodesOf(prefix + "/song")).extracting(Transcode::preset).containsExactly("audio-mp3-128");
        assertThat(storage.resolve("avengine-storage/" + prefix + "/song/full/max/default.mp3")).exists();

        assertThat(library.delete(space + "/images/song").status()).isEqualTo(204);
        Eventually.await("deleting everything the asset owned", Duration.ofSeconds(30),
                () -> filesUnder(storage.resolve("avengine-storage/" + prefix + "/song")).isEmpty());
        assertThat(library.get(space + "/images/song").status()).isEqualTo(404);
        assertThat(storage.resolve("avengine-storage/" + prefix + "/other/full/max/default.mp3")).exists();
    }

    @Test
    void anImageSentAsVideoEndsWithAClearAssetErrorBeforeAnyJobIsMade() {
        library.put(space + "/images/not-video", "{\"origin\": \"s3://origins/picture.png\", \"mediaType\": \"video/mp4\"}");
        JsonNode asset = awaitFinished(space + "/images/not-video");
        assertThat(asset.get("error").asString())
                .isEqualTo("Origin is not usable: s3://origins/picture.png (video/mp4) is not audio or video; ffprobe reads it as 'png_pipe'");
        assertThat(asset.get("width").isNull()).isTrue();
        assertThat(library.get(space + "/images/not-video/metadata").status()).isEqualTo(404);
        String prefix = space.replace("/customers/", "").replace("/spaces", "") + "/not-video";
        assertThat(filesUnder(storage.resolve("avengine-input/" + prefix))).isEmpty();
    }

    @Test
    void aTextFileOrAVideoWithoutSoundSentAsAudioEndsWithAClearAssetError() throws IOException {
        Files.writeString(storage.resolve("origins/notes.txt"), "Reel 1: the harbour at dawn.\n".repeat(50));
        library.put(space + "/images/notes", "{\"origin\": \"s3://origins/notes.txt\", \"mediaType\": \"audio/mpeg\"}");
        assertThat(awaitFinished(space + "/images/notes").get("error").asString())
                .startsWith("Origin is not usable: s3://origins/notes.txt is not audio or video; ffprobe says:");

        TestMedia.generate(storage.resolve("origins/silent.mp4"), List.of("-f", "lavfi", "-i", "testsrc2=size=64x64:duration=1"));
        library.put(space + "/images/silent", "{\"origin\": \"s3://origins/silent.mp4\", \"mediaType\": \"audio/mp4\"}");
        assertThat(awaitFinished(space + "/images/silent").get("error").asString())
                .isEqualTo("Origin is not usable: s3://origins/silent.mp4 (audio/mp4) has no audio stream");
    }

    @Test
    void badRequestsAreRefusedNamingTheProblem() {
        assertThat(library.put(space + "/images/x", "{\"origin\": \"s3://origins/clip.mp4\", \"mediaType\": \"image/png\"}").json()
                .get("detail").asString()).contains("mediaType");
        assertThat(library.put(space + "/images/x", """
                {"origin": "s3://origins/clip.mp4", "mediaType": "video/mp4", "deliveryChannels": [{"channel": "iiif-av", "policy": "nope"}]}""")
                .json().get("detail").asString()).contains("unknown iiif-av policy 'nope'");
        assertThat(library.put(space + "/images/" + "a".repeat(221), "{\"origin\": \"s3://origins/clip.mp4\", \"mediaType\": \"video/mp4\"}")
                .status()).isEqualTo(400);
        assertThat(library.put(space + "/images/x", "{\"origin\": \"ftp://host/clip.mp4\", \"mediaType\": \"video/mp4\"}")
                .json().get("detail").asString()).contains("origin");
        assertThat(library.get(space + "/images/missing").status()).isEqualTo(404);
    }

    @Test
    void aLegacyElasticTranscoderBlobAndAMissingBlobAreNotFound() throws IOException {
        library.put(space + "/images/legacy", "{\"origin\": \"s3://origins/tone.wav\", \"mediaType\": \"audio/wav\"}");
        awaitFinished(space + "/images/legacy");
        String prefix = space.replace("/customers/", "").replace("/spaces", "") + "/legacy";
        Files.writeString(storage.resolve("avengine-storage/" + prefix + "/metadata"),
                "<JobInProgress><ElasticTranscoderJob><Id>1390000000000-abcdef</Id></ElasticTranscoderJob></JobInProgress>");
        var legacy = library.get(space + "/images/legacy/metadata");
        assertThat(legacy.status()).isEqualTo(404);
        assertThat(legacy.json().get("detail").asString()).contains("Elastic Transcoder");
        Files.delete(storage.resolve("avengine-storage/" + prefix + "/metadata"));
        assertThat(library.get(space + "/images/legacy/metadata").status()).isEqualTo(404);
    }

    @Test
    void anotherCustomersKeyCannotSeeTheAsset() {
        library.put(space + "/images/private", "{\"origin\": \"s3://origins/tone.wav\", \"mediaType\": \"audio/wav\"}");
        JsonNode other = admin.created("/customers", "{\"name\": \"other-" + System.nanoTime() + "\"}");
        EngineClient stranger = admin.as(admin.created("/customers/" + other.get("id").asString() + "/keys", "{}"));
        assertThat(stranger.get(space + "/images/private").status()).isEqualTo(401);
        assertThat(stranger.delete(space + "/images/private").status()).isEqualTo(401);
        assertThat(stranger.get(space.replace("/customers/", "/customers/" + other.get("id").asString() + "0")
                + "/images/private").status()).isIn(401, 404);
    }

    @Test
    void aBatchRegistersItsMembersAndCountsThemAsTheyFinish() {
        String c = space.split("/")[2];
        String s = space.split("/")[4];
        var created = library.post("/customers/" + c + "/queue", """
                {"member": [
                  {"id": "b1", "space": %s, "origin": "s3://origins/tone.wav", "mediaType": "audio/wav"},
                  {"id": "b2", "space": %s, "origin": "s3://origins/picture.png", "mediaType": "video/mp4"}]}"""
                .formatted(s, s));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("count").asInt()).isEqualTo(2);
        String batch = "/customers/" + c + "/queue/batches/" + created.json().get("id").asInt();
        awaitFinished(space + "/images/b1");
        awaitFinished(space + "/images/b2");
        JsonNode done = library.get(batch).json();
        assertThat(done.get("completed").asInt()).isEqualTo(1);
        assertThat(done.get("errors").asInt()).isEqualTo(1);
        assertThat(done.get("finished").isNull()).isFalse();
        assertThat(library.get(space + "/images/b1").json().get("batch").asInt()).isEqualTo(created.json().get("id").asInt());

        var refused = library.post("/customers/" + c + "/queue", """
                {"member": [{"id": "b3", "space": %s, "origin": "s3://origins/tone.wav", "mediaType": "audio/wav"},
                            {"id": "b4", "space": %s, "origin": "s3://origins/tone.wav", "mediaType": "text/plain"}]}"""
                .formatted(s, s));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).startsWith("member[1]: mediaType");
        assertThat(library.get(space + "/images/b3").status()).isEqualTo(404);
    }

    @Test
    void theAvContractListsPresetsWithTheirExtensionsAndTheAcceptedNames() {
        JsonNode presets = new EngineClient(port, null, null).get("/av/presets").json();
        assertThat(presets.get("video-mp4-720p").get("extension").asString()).isEqualTo("mp4");
        assertThat(presets.get("video-mp4-720p").get("policyName").asString()).isEqualTo("video-mp4-720p");
        assertThat(presets.get("audio-mp3-128").get("extension").asString()).isEqualTo("mp3");
        JsonNode allowed = new EngineClient(port, null, null).get("/av/allowed").json();
        assertThat(allowed.toString()).contains("video-webm-720p").contains("audio-aac-192");
        assertThat(new EngineClient(port, null, null).get("/av/policies").json()).isEqualTo(allowed);
    }

    static List<Path> filesUnder(Path folder) {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Transcode> transcodesOf(String prefix) {
        return assets.find(AssetId.parse(prefix)).orElseThrow().transcodes();
    }

    private JsonNode awaitFinished(String path) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            JsonNode asset = library.get(path).json();
            if (!asset.get("ingesting").asBoolean()) {
                return asset;
            }
            sleep();
        }
        throw new AssertionError(path + " is still ingesting");
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
