package org.avengine.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.avengine.TestMedia;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A product team's links: two videos of car 123 with MP4 + WebM + HLS + a WebP poster; one call lists
 * them with sources in the order a browser should try and full media types with codecs, or as ready
 * {@code <video>} HTML that headless Chromium plays; the title is in the files; a private space's
 * links come signed, and altered or expired signatures are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EntityLinksJourneyTest {

    static final Path dataDir = TestMedia.tempDir("avengine-links");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static OriginServer origin;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
        registry.add("avengine.admin.key", () -> EngineStory.ADMIN_KEY);
        registry.add("avengine.admin.secret", () -> EngineStory.ADMIN_SECRET);
        registry.add("avengine.storage.inputs.allow-http", () -> "true");
        registry.add("avengine.storage.inputs.allowed-networks", () -> "127.0.0.1/32");
        registry.add("avengine.delivery.signing.key", () -> "links-test-signing-key");
    }

    @BeforeAll
    static void originServer() throws Exception {
        origin = OriginServer.start(Files.createDirectories(dataDir.resolve("origin")));
    }

    @AfterAll
    static void stopOrigin() {
        origin.close();
    }

    @Test
    void listsEveryLinkOfAnEntityWithCodecsAndAPlayableVideoSnippet() throws Exception {
        EngineStory story = EngineStory.admin(port, dataDir);
        String space = story.tenancy();
        register(story, space, "red-1", "Red <hatchback> & \"friends\"");
        register(story, space, "red-2", "Red, rear view");
        String c = space.split("/")[2];

        var response = story.send("GET", "/customers/" + c + "/entities/car-123/media", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode media = JSON.readTree(response.body()).get("media");
        assertThat(media.size()).isEqualTo(2);
        for (JsonNode one : media) {
            assertThat(one.get("duration").asDouble()).isCloseTo(2.0, within(0.2));
            assertThat(one.get("poster").asString()).endsWith(".webp");
            List<String> types = one.get("sources").values().stream().map(s -> s.get("type").asString()).toList();
            assertThat(types.get(0)).startsWith("application/vnd.apple.mpegurl").contains("avc1.").contains("mp4a.40.2");
            assertThat(types.get(1)).isEqualTo("video/webm; codecs=\"vp9, opus\"");
            assertThat(types.get(2)).matches("video/mp4; codecs=\"avc1\\.(4d|64)[0-9a-f]{4}, mp4a\\.40\\.2\"");
            assertThat(one.get("sources").get(2).get("width").asInt()).isEqualTo(1280);
            assertThat(one.get("sources").get(2).get("bitrate").asLong()).isPositive();
            JsonNode sitemap = one.get("sitemap");
            assertThat(sitemap.get("thumbnailUrl").asString()).isEqualTo(one.get("poster").asString());
            assertThat(sitemap.get("contentUrl").asString()).endsWith("default.mp4");
            assertThat(sitemap.get("duration").asLong()).isEqualTo(2);
        }
        String mp4 = media.get(0).get("sources").get(2).get("src").asString();
        JsonNode tags = TestMedia.probe(download(story, mp4, "titled.mp4")).path("format").path("tags");
        assertThat(tags.path("title").asString()).isIn("Red <hatchback> & \"friends\"", "Red, rear view");

        String html = story.send("GET", "/customers/" + c + "/entities/car-123/media?format=html", null).body();
        assertThat(html).contains("title=\"Red &lt;hatchback&gt; &amp; &quot;friends&quot;\"").doesNotContain("<hatchback>");
        assertThat(html.split("<video ", -1)).hasSize(3);
        assertThat(html).contains("type=\"video/webm; codecs=&quot;vp9, opus&quot;\"");
        assertThat(SnippetPlayer.playedSeconds(html, dataDir)).isGreaterThan(0.5);
    }

    @Test
    void aPrivateSpacesLinksAreSignedAndOnlyAValidSignatureOpensThem() throws Exception {
        EngineStory story = EngineStory.admin(port, dataDir);
        String space = story.tenancy();
        assertThat(story.send("PATCH", space, "{\"private\": true}").statusCode()).isEqualTo(200);
        register(story, space, "secret-1", "Private walk-around");
        String c = space.split("/")[2];
        JsonNode sources = JSON.readTree(story.send("GET", "/customers/" + c + "/entities/car-123/media", null).body())
                .get("media").get(0).get("sources");
        String hls = sources.get(0).get("src").asString();
        String mp4 = sources.get(2).get("src").asString();
        assertThat(mp4).contains("?exp=").contains("&sig=");

        var anonymous = java.net.http.HttpClient.newHttpClient();
        String unsigned = mp4.substring(0, mp4.indexOf('?'));
        assertThat(get(anonymous, unsigned, null).statusCode()).isEqualTo(401);
        assertThat(get(anonymous, mp4.replaceAll("sig=.", "sig=A"), null).statusCode()).isEqualTo(403);
        String exp = mp4.replaceAll(".*exp=(\\d+).*", "$1");
        assertThat(get(anonymous, mp4.replace("exp=" + exp, "exp=" + (Long.parseLong(exp) + 1)), null).statusCode()).isEqualTo(403);
        var range = get(anonymous, mp4, "bytes=0-999");
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).hasSize(1000);

        var playlist = get(anonymous, hls, null);
        assertThat(playlist.statusCode()).isEqualTo(200);
        String media = new String(playlist.body()).lines().filter(l -> !l.startsWith("#") && !l.isBlank()).findFirst().orElseThrow();
        assertThat(media).contains("?exp=" + hls.replaceAll(".*exp=(\\d+).*", "$1") + "&sig=");
        String mediaUrl = hls.substring(0, hls.indexOf("master.m3u8")) + media;
        String segment = new String(get(anonymous, mediaUrl, null).body()).lines()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).findFirst().orElseThrow();
        assertThat(get(anonymous, hls.substring(0, hls.indexOf("master.m3u8")) + segment, null).statusCode()).isEqualTo(200);
        assertThat(get(anonymous, hls.substring(0, hls.indexOf("master.m3u8")) + segment.replaceAll("\\?.*", ""), null)
                .statusCode()).isEqualTo(401);
    }

    @Test
    void signaturesExpire() {
        var settings = new DeliveryProperties.Signing("k", Duration.ofMinutes(1));
        var now = java.time.Instant.parse("2026-01-01T00:00:00Z");
        var asset = new org.avengine.engine.AssetId(1, 2, "a");
        String signed = new UrlSigner(settings, java.time.Clock.fixed(now, java.time.ZoneOffset.UTC)).sign(asset, "/iiif-av/1/2/a/x.mp4");
        String exp = signed.replaceAll(".*exp=(\\d+).*", "$1");
        String sig = signed.replaceAll(".*sig=", "");
        var later = new UrlSigner(settings, java.time.Clock.fixed(now.plusSeconds(61), java.time.ZoneOffset.UTC));
        var sooner = new UrlSigner(settings, java.time.Clock.fixed(now.plusSeconds(59), java.time.ZoneOffset.UTC));
        assertThat(sooner.verifies(asset, exp, sig)).isTrue();
        assertThat(later.verifies(asset, exp, sig)).isFalse();
        assertThat(sooner.verifies(new org.avengine.engine.AssetId(1, 2, "b"), exp, sig)).isFalse();
    }

    private void register(EngineStory story, String space, String id, String title) throws Exception {
        String c = space.split("/")[2];
        story.send("PUT", "/customers/" + c + "/deliveryChannelPolicies/iiif-av/story",
                "{\"presets\": [\"video-mp4-720p\", \"video-webm-720p\", \"video-hls-abr\", \"image-webp-poster\"]}");
        var put = story.send("PUT", space + "/images/" + id, JSON.writeValueAsString(java.util.Map.of(
                "origin", origin.url("/clip.mp4"), "mediaType", "video/mp4", "entity", "car-123", "title", title,
                "deliveryChannels", List.of(java.util.Map.of("channel", "iiif-av", "policy", "story")))));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
        JsonNode asset = story.awaitFinished(space + "/images/" + id);
        assertThat(asset.get("error").isNull()).as(asset.toString()).isTrue();
        assertThat(asset.get("title").asString()).isEqualTo(title);
    }

    private static java.net.http.HttpResponse<byte[]> get(java.net.http.HttpClient client, String url, String range) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url));
        if (range != null) {
            request.header("Range", range);
        }
        return client.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    private Path download(EngineStory story, String url, String name) throws Exception {
        Path file = dataDir.resolve(name);
        Files.write(file, get(java.net.http.HttpClient.newHttpClient(), url, null).body());
        return file;
    }
}
