package org.avengine.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.avengine.TestMedia;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The story of issue 4 ({@link EngineStory}) on the default H2 database and local store: a customer,
 * a key and a space; a video whose origin is on a web server is registered, finishes, and is delivered
 * with byte ranges and described by a valid IIIF manifest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliveryJourneyTest {

    static final Path dataDir = TestMedia.tempDir("avengine-delivery");
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
    }

    @AfterAll
    static void stopOrigin() {
        origin.close();
    }

    @Test
    void aVideoFromAWebServerIsDeliveredInRangesAndDescribedByAValidManifestWithAChoice() throws Exception {
        EngineStory.admin(port, dataDir.resolve("delivered")).video(origin.url("/films/clip.mp4"));
    }

    @Test
    void anAudioAssetHasAManifestWithOneSoundBodyThatValidates() throws Exception {
        EngineStory story = EngineStory.admin(port, dataDir.resolve("delivered"));
        String space = story.tenancy();
        story.send("PUT", space + "/images/tone", "{\"origin\": \"" + origin.url("/tone.wav") + "\", \"mediaType\": \"audio/wav\"}");
        story.awaitFinished(space + "/images/tone");
        String id = space.replace("/customers/", "").replace("/spaces", "") + "/tone";
        String manifestText = new String(story.raw("GET", "/iiif-manifest/" + id, null).body(), StandardCharsets.UTF_8);
        assertThat(IiifSchema.problems(manifestText)).isEmpty();
        JsonNode body = JsonMapper.builder().build().readTree(manifestText)
                .get("items").get(0).get("items").get(0).get("items").get(0).get("body");
        assertThat(body.get("type").asString()).isEqualTo("Sound");
        assertThat(body.get("format").asString()).isEqualTo("audio/mpeg");
        assertThat(story.raw("GET", "/iiif-av/" + id + "/full/max/default.mp3", "bytes=0-99").body()).hasSize(100);
        assertThat(story.raw("GET", "/iiif-manifest/" + id + "-missing", null).statusCode()).isEqualTo(404);
    }
}
