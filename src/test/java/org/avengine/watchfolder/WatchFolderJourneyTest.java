package org.avengine.watchfolder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.avengine.TestMedia;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * A product team's journey on the local store: sellers' videos are copied into {@code cars/car-123/}
 * with no API call; each becomes an asset of entity {@code car-123}, moves to {@code processed/}, and
 * the team's webhook hears, signed, that its asset finished and its job completed. A text file and a
 * "video" that is not one end in {@code failed/} with a reason; the same name dropped again is a new
 * version that replaces the old asset.
 */
class WatchFolderJourneyTest {

    static final Path dataDir = TestMedia.tempDir("avengine-watch-journey");
    static final Path cars = dataDir.resolve("storage/uploads/cars");
    static final Path media = TestMedia.tempDir("avengine-watch-media");
    static final String SECRET = "webhook-secret-of-the-car-team";
    static WatchNode node;
    static WebhookReceiver receiver;
    static int customer;
    static int space;

    @BeforeAll
    static void start() throws IOException {
        TestMedia.clip(media.resolve("front.mp4"), 320, 180, 1);
        TestMedia.clip(media.resolve("back.mp4"), 320, 180, 1);
        TestMedia.clip(media.resolve("front-retake.mp4"), 320, 240, 2);
        Files.writeString(media.resolve("notes.txt"), "four wheels, one careful owner");
        Files.writeString(media.resolve("fake.mp4"), "this is text, not a video");
        receiver = new WebhookReceiver();
        node = WatchNode.start(dataDir, Map.of());
        int[] ids = node.customerAndSpace("cars");
        customer = ids[0];
        space = ids[1];
    }

    @AfterAll
    static void stop() {
        node.close();
        receiver.close();
    }

    @Test
    void videosDroppedIntoTheFolderBecomeAssetsOfTheirEntityAndTheWebhookHearsItSigned() throws IOException {
        node.created("/customers/" + customer + "/webhooks", """
                {"url": "%s", "eventTypes": ["JOB_COMPLETE", "ASSET_FINISHED", "ASSET_FAILED"], "secret": "%s"}"""
                .formatted(receiver.url(), SECRET));
        node.put("/customers/" + customer + "/deliveryChannelPolicies/iiif-av/car-media",
                "{\"presets\": [\"video-mp4-720p\", \"video-webm-720p\", \"video-hls-abr\", \"image-webp-poster\"]}");
        node.created("/customers/" + customer + "/watchRules", rule("cars").replace("default-video", "car-media"));

        Path folder = Files.createDirectories(cars.resolve("car-123"));
        Files.copy(media.resolve("front.mp4"), folder.resolve("front.mp4"));
        Files.copy(media.resolve("back.mp4"), folder.resolve("back.mp4"));
        Files.copy(media.resolve("notes.txt"), folder.resolve("notes.txt"));
        Files.copy(media.resolve("fake.mp4"), folder.resolve("fake.mp4"));

        Path processed = cars.resolve("processed/car-123");
        Path failed = cars.resolve("failed/car-123");
        WatchNode.await("the four files to move", Duration.ofMinutes(3), () -> Files.exists(processed.resolve("front.mp4"))
                && Files.exists(processed.resolve("back.mp4")) && Files.exists(failed.resolve("notes.txt.error.json"))
                && Files.exists(failed.resolve("fake.mp4.error.json")));
        assertThat(folder).isEmptyDirectory();
        assertThat(failed.resolve("notes.txt")).hasContent("four wheels, one careful owner");

        List<String> assets = processedAssets("front.mp4", "back.mp4");
        assertThat(assets).hasSize(2);
        for (String asset : assets) {
            JsonNode view = node.get(imagePath(asset)).json();
            assertThat(view.get("entity").asString()).isEqualTo("car-123");
            assertThat(view.get("error").isNull()).isTrue();
            assertThat(view.get("duration").asLong()).isPositive();
        }

        JsonNode notMedia = WatchNode.JSON.readTree(failed.resolve("notes.txt.error.json").toFile());
        assertThat(notMedia.get("reason").asString()).isEqualTo("NOT_MEDIA");
        assertThat(notMedia.get("message").asString()).startsWith("not media");
        assertThat(notMedia.get("file").asString()).isEqualTo("s3://uploads/cars/car-123/notes.txt");
        JsonNode fake = WatchNode.JSON.readTree(failed.resolve("fake.mp4.error.json").toFile());
        assertThat(fake.get("reason").asString()).isEqualTo("ASSET_FAILED");
        assertThat(fake.get("message").asString()).contains("not usable");

        WatchNode.await("signed events for both assets", Duration.ofSeconds(30), () -> receiver.received().stream()
                .filter(r -> "ASSET_FINISHED".equals(r.event()) && assets.contains(r.json().at("/detail/assetId").asString())).count() == 2
                && receiver.received().stream().filter(r -> "JOB_COMPLETE".equals(r.event())
                        && assets.contains(r.json().at("/detail/userMetadata/dlcsId").asString())).count() == 2);
        assertThat(receiver.received()).allSatisfy(r -> {
            assertThat(r.verifies(SECRET)).as("signature of %s", r.body()).isTrue();
            assertThat(r.delivery()).isNotBlank();
        });
        assertThat(receiver.received()).filteredOn(r -> "ASSET_FINISHED".equals(r.event()))
                .filteredOn(r -> assets.contains(r.json().at("/detail/assetId").asString()))
                .extracting(r -> r.json().at("/detail/entity").asString()).containsExactly("car-123", "car-123");
        assertThat(receiver.received()).filteredOn(r -> "ASSET_FAILED".equals(r.event()))
                .filteredOn(r -> "car-123".equals(r.json().at("/detail/entity").asString())).hasSize(1);
        assertThat(receiver.received().get(0).verifies("another secret")).isFalse();
        theLinksOfTheCarListBothVideosForABrowser();
    }

    /** One call lists both videos with HLS, WebM, MP4 and a WebP poster; the titles are in the files; Chromium plays the snippet. */
    private void theLinksOfTheCarListBothVideosForABrowser() throws IOException {
        JsonNode media = node.get("/customers/" + customer + "/entities/car-123/media").json().get("media");
        assertThat(media.size()).isEqualTo(2);
        assertThat(media.values().stream().map(m -> m.get("title").asString()).toList()).containsExactlyInAnyOrder("front", "back");
        for (JsonNode one : media) {
            List<String> types = one.get("sources").values().stream().map(x -> x.get("type").asString()).toList();
            assertThat(types).hasSize(3);
            assertThat(types.get(0)).startsWith("application/vnd.apple.mpegurl; codecs=\"avc1.");
            assertThat(types.get(1)).isEqualTo("video/webm; codecs=\"vp9, opus\"");
            assertThat(types.get(2)).matches("video/mp4; codecs=\"avc1\\.[0-9a-f]{6}, mp4a\\.40\\.2\"");
            assertThat(one.get("poster").asString()).endsWith(".webp");
            Path mp4 = Files.createTempFile(dataDir, "titled", ".mp4");
            Files.write(mp4, node.bytes(one.get("sources").get(2).get("src").asString()));
            assertThat(TestMedia.probe(mp4).path("format").path("tags").path("title").asString()).isEqualTo(one.get("title").asString());
        }
        String html = node.get("/customers/" + customer + "/entities/car-123/media?format=html").body();
        assertThat(html.split("<source ", -1)).hasSize(7);
        assertThat(org.avengine.delivery.SnippetPlayer.playedSeconds(html, dataDir)).isGreaterThan(0.3);
    }

    @Test
    void theSameNameDroppedAgainIsANewVersionThatReplacesTheOldAsset() throws IOException {
        node.created("/customers/" + customer + "/watchRules", rule("vans").replace("cars", "vans"));
        Path vans = dataDir.resolve("storage/uploads/vans");
        Path folder = Files.createDirectories(vans.resolve("van-7"));
        Files.copy(media.resolve("front.mp4"), folder.resolve("side.mp4"));
        WatchNode.await("the first version", Duration.ofMinutes(2), () -> Files.exists(vans.resolve("processed/van-7/side.mp4")));
        String first = processedAssets("side.mp4").get(0);

        Files.copy(media.resolve("front-retake.mp4"), folder.resolve("side.mp4"));
        WatchNode.await("the second version", Duration.ofMinutes(2), () -> !Files.exists(folder.resolve("side.mp4"))
                && processedAssets("side.mp4").size() == 1 && !processedAssets("side.mp4").get(0).equals(first));
        String second = processedAssets("side.mp4").get(0);

        assertThat(node.get(imagePath(first)).status()).isEqualTo(404);
        JsonNode newest = node.get(imagePath(second)).json();
        assertThat(newest.get("entity").asString()).isEqualTo("van-7");
        assertThat(newest.get("duration").asLong()).isGreaterThan(1500);
        assertThat(vans.resolve("processed/van-7/side.mp4")).hasSameBinaryContentAs(media.resolve("front-retake.mp4"));
        assertThat(node.jdbc().sql("SELECT COUNT(*) FROM watch_items WHERE rule_name = 'vans'").query(Integer.class).single())
                .isEqualTo(2);
    }

    @Test
    void aMalformedRuleIsRefusedNamingTheField() {
        String base = "/customers/" + customer + "/watchRules";
        WatchNode.Response wrongPattern = node.post(base, rule("trucks").replace("cars/{entityId}", "lorries/{entityId}"));
        assertThat(wrongPattern.status()).isEqualTo(400);
        assertThat(wrongPattern.json().get("detail").asString()).startsWith("pattern: ");
        assertThat(wrongPattern.json().get("status").asInt()).isEqualTo(400);

        WatchNode.Response badPlaceholder = node.post(base, rule("trucks").replace("{file}", "{name}"));
        assertThat(badPlaceholder.json().get("detail").asString()).startsWith("pattern: ");
        WatchNode.Response noPrefix = node.post(base, rule("trucks").replace("s3://uploads/cars/", "uploads/cars"));
        assertThat(noPrefix.json().get("detail").asString()).startsWith("prefix: ");
        WatchNode.Response unknownPolicy = node.post(base, rule("trucks").replace("default-video", "no-such-policy"));
        assertThat(unknownPolicy.json().get("detail").asString()).startsWith("policy: ");
        WatchNode.Response jobRule = node.post(base, """
                {"name": "jobs", "prefix": "s3://uploads/jobs/", "jobFiles": true}""");
        assertThat(jobRule.status()).isEqualTo(400);
        assertThat(jobRule.json().get("detail").asString()).startsWith("jobFiles: ");
        assertThat(node.get(base + "/trucks").status()).isEqualTo(404);
    }

    private static String rule(String name) {
        return """
                {"name": "%s", "prefix": "s3://uploads/cars/", "pattern": "cars/{entityId}/{file}", "space": %d,
                 "policy": "default-video"}""".formatted(name, space);
    }

    private static List<String> processedAssets(String... files) {
        return node.jdbc().sql("SELECT asset_id, object_key FROM watch_items WHERE state = 'PROCESSED' ORDER BY created_at")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).list().stream()
                .filter(row -> List.of(files).stream().anyMatch(f -> row.get(1).endsWith("/" + f)))
                .map(row -> row.get(0)).toList();
    }

    private static String imagePath(String assetId) {
        String[] parts = assetId.split("/", 3);
        return "/customers/" + parts[0] + "/spaces/" + parts[1] + "/images/" + parts[2];
    }
}
