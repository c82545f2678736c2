package org.avengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.avengine.ElasticMqServer;
import org.avengine.MediaConvertClients;
import org.avengine.TestMedia;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine story through the MediaConvert adapter: the engine submits with the AWS SDK's
 * MediaConvertClient to avengine's own MediaConvert API (this application, on a port chosen before it
 * starts), the transcoder sends its job events to an SQS queue (ElasticMQ in this JVM), and the engine
 * learns of every completion from that queue only, as it would from AWS through EventBridge.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@DirtiesContext
class MediaConvertAdapterJourneyTest {

    static final Path dataDir = TestMedia.tempDir("avengine-mediaconvert-adapter");
    static final int port = freePort();
    static final String ROLE = "arn:aws:iam::000000000000:role/avengine-engine";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final ElasticMqServer elasticMq = ElasticMqServer.start();
    static final String queueUrl = elasticMq.createQueue("mediaconvert-events");
    static HttpServer origin;

    @Autowired
    Transcoder transcoder;

    @Autowired
    JdbcClient jdbc;

    EngineClient admin;
    String space;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> port);
        registry.add("avengine.data-dir", dataDir::toString);
        registry.add("avengine.admin.key", () -> EngineClient.ADMIN_KEY);
        registry.add("avengine.admin.secret", () -> EngineClient.ADMIN_SECRET);
        registry.add("avengine.storage.inputs.allow-http", () -> "true");
        registry.add("avengine.storage.inputs.allowed-networks", () -> "127.0.0.1/32");
        sqsSettings("avengine.transcode.events.sqs.").forEach((name, value) -> registry.add(name, () -> value));
        registry.add("avengine.transcode.events.sqs.enabled", () -> "true");
        registry.add("avengine.engine.transcoder", () -> "mediaconvert");
        registry.add("avengine.engine.mediaconvert.endpoint", () -> "http://127.0.0.1:" + port);
        registry.add("avengine.engine.mediaconvert.role", () -> ROLE);
        registry.add("avengine.engine.mediaconvert.access-key", () -> ElasticMqServer.ACCESS_KEY);
        registry.add("avengine.engine.mediaconvert.secret-key", () -> ElasticMqServer.SECRET_KEY);
        registry.add("avengine.engine.mediaconvert.events.queue-url", () -> queueUrl);
        registry.add("avengine.engine.mediaconvert.events.endpoint", () -> elasticMq.endpoint().toString());
        registry.add("avengine.engine.mediaconvert.events.retry-delay", () -> "1s");
    }

    static Map<String, String> sqsSettings(String prefix) {
        return Map.of(prefix + "queue-url", queueUrl, prefix + "endpoint", elasticMq.endpoint().toString(),
                prefix + "access-key", ElasticMqServer.ACCESS_KEY, prefix + "secret-key", ElasticMqServer.SECRET_KEY);
    }

    @BeforeAll
    static void originServer() throws IOException {
        Path clip = TestMedia.clip(Files.createDirectories(dataDir.resolve("origin")).resolve("clip.mp4"), 320, 180, 2);
        Path tone = TestMedia.generate(dataDir.resolve("origin/tone.wav"), List.of("-f", "lavfi", "-i", "sine=frequency=440:duration=2"));
        origin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        origin.createContext("/", exchange -> {
            Path file = exchange.getRequestURI().getPath().endsWith(".wav") ? tone : clip;
            exchange.sendResponseHeaders(200, Files.size(file));
            try (OutputStream out = exchange.getResponseBody()) {
                Files.copy(file, out);
            }
        });
        origin.start();
    }

    @AfterAll
    static void stopServers() {
        origin.stop(0);
        elasticMq.close();
    }

    @BeforeEach
    void tenancy() {
        admin = EngineClient.admin(port);
        String c = admin.created("/customers", "{\"name\": \"mc-" + System.nanoTime() + "\"}").get("id").asString();
        space = "/customers/" + c + "/spaces/" + admin.created("/customers/" + c + "/spaces", "{\"name\": \"av\"}").get("id").asString();
    }

    @Test
    void aVideoIngestedThroughTheMediaConvertClientFinishesFromItsSqsEventAndIsDelivered() throws Exception {
        assertThat(transcoder).isInstanceOf(MediaConvertTranscoder.class);
        String c = space.split("/")[2];
        admin.put("/customers/" + c + "/deliveryChannelPolicies/iiif-av/mp4-webm", "{\"presets\": [\"video-mp4-720p\", \"video-webm-720p\"]}");
        var put = admin.put(space + "/images/film", "{\"origin\": \"" + originUrl("/films/clip.mp4") + "\", \"mediaType\": \"video/mp4\","
                + " \"deliveryChannels\": [{\"channel\": \"iiif-av\", \"policy\": \"mp4-webm\"}]}");
        assertThat(put.status()).as(put.body()).isEqualTo(201);

        JsonNode asset = awaitFinished(space + "/images/film");
        assertThat(asset.get("error").isNull()).as(asset.toString()).isTrue();
        assertThat(asset.get("width").asInt()).isEqualTo(1280);
        assertThat(asset.get("duration").asLong()).isBetween(1900L, 2100L);

        String prefix = space.replace("/customers/", "").replace("/spaces", "") + "/film";
        JsonNode job = admin.get(space + "/images/film/metadata").json();
        assertThat(job.get("status").asString()).isEqualTo("COMPLETE");
        assertThat(job.get("role").asString()).as("the job came through the adapter, which sets the role").isEqualTo(ROLE);
        assertThat(job.get("userMetadata").get("dlcsId").asString()).isEqualTo(prefix);
        assertThat(job.get("settings").get("outputGroups").get(0).get("outputs")).hasSize(2);

        JsonNode transcodes = avTranscodes(prefix);
        assertThat(transcodes).hasSize(2);
        assertTranscode(transcodes.get(0), prefix + "/full/full/max/max/0/default.mp4", "video-mp4-720p", "mp4", "video/mp4");
        assertTranscode(transcodes.get(1), prefix + "/full/full/max/max/0/default.webm", "video-webm-720p", "webm", "video/webm");
        assertThat(transcodes.get(0).get("w").asInt()).isEqualTo(1280);
        assertThat(transcodes.get(0).get("h").asInt()).isEqualTo(720);

        var range = range("/iiif-av/" + prefix + "/full/full/max/max/0/default.webm", "bytes=0-999");
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).hasSize(1000);
        assertThat(range.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("video/webm");
        assertThat(TestMedia.duration(TestMedia.probe(dataDir.resolve("storage/avengine-storage/" + prefix
                + "/full/full/max/max/0/default.mp4")))).isCloseTo(2.0, within(0.1));
        awaitQueueEmpty();
    }

    @Test
    void anAudioAssetKeepsBothMp3sMadeThroughTheMediaConvertClient() throws Exception {
        String c = space.split("/")[2];
        admin.put("/customers/" + c + "/deliveryChannelPolicies/iiif-av/two-mp3s", "{\"presets\": [\"audio-mp3-128\", \"audio-mp3-192\"]}");
        admin.put(space + "/images/tone", "{\"origin\": \"" + originUrl("/tone.wav") + "\", \"mediaType\": \"audio/wav\","
                + " \"deliveryChannels\": [{\"channel\": \"iiif-av\", \"policy\": \"two-mp3s\"}]}");
        JsonNode asset = awaitFinished(space + "/images/tone");
        assertThat(asset.get("error").isNull()).as(asset.toString()).isTrue();

        String prefix = space.replace("/customers/", "").replace("/spaces", "") + "/tone";
        JsonNode transcodes = avTranscodes(prefix);
        assertThat(transcodes).hasSize(2);
        assertTranscode(transcodes.get(0), prefix + "/full/max/default.mp3", "audio-mp3-128", "mp3", "audio/mpeg");
        assertTranscode(transcodes.get(1), prefix + "/full/max/audio-mp3-192/default.mp3", "audio-mp3-192", "mp3", "audio/mpeg");
        for (String path : List.of("/full/max/default.mp3", "/full/max/audio-mp3-192/default.mp3")) {
            var range = range("/iiif-av/" + prefix + path, "bytes=0-99");
            assertThat(range.statusCode()).as(path).isEqualTo(206);
            assertThat(range.body()).hasSize(100);
        }
        assertThat(TestMedia.stream(TestMedia.probe(dataDir.resolve("storage/avengine-storage/" + prefix
                + "/full/max/audio-mp3-192/default.mp3")), "audio").get("bit_rate").asLong()).isEqualTo(192_000);
    }

    @Test
    void messagesThatAreNoEventsOfThisEngineAreDeletedAndDoNotHoldUpTheQueue() throws Exception {
        try (SqsClient sqs = elasticMq.newClient()) {
            sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody("not an event"));
            sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody("""
                    {"version": "0", "id": "7d0c6d2a-0000-4000-8000-000000000001", "detail-type": "MediaConvert Job State Change",
                     "source": "aws.mediaconvert", "detail": {"status": "COMPLETE", "jobId": "1700000000000-other", "userMetadata": {}}}"""));
            admin.put(space + "/images/after", "{\"origin\": \"" + originUrl("/tone.wav") + "\", \"mediaType\": \"audio/wav\"}");
            assertThat(awaitFinished(space + "/images/after").get("error").isNull()).isTrue();
            awaitQueueEmpty();
        }
    }

    private static void assertTranscode(JsonNode transcode, String key, String preset, String extension, String mediaType) {
        assertThat(transcode.get("l").asString()).isEqualTo("s3://avengine-storage/" + key);
        assertThat(transcode.get("n").asString()).isEqualTo(preset);
        assertThat(transcode.get("ex").asString()).isEqualTo(extension);
        assertThat(transcode.get("mt").asString()).isEqualTo(mediaType);
        assertThat(transcode.get("d").asLong()).isBetween(1900L, 2100L);
        assertThat(transcode.propertyNames()).containsExactlyInAnyOrder("l", "n", "ex", "mt", "w", "h", "d");
    }

    private JsonNode avTranscodes(String prefix) {
        String[] parts = prefix.split("/", 3);
        return JSON.readTree(jdbc.sql("SELECT transcodes FROM engine_assets WHERE customer_id = :c AND space_id = :s AND id = :id")
                .param("c", Integer.parseInt(parts[0])).param("s", Integer.parseInt(parts[1])).param("id", parts[2])
                .query(String.class).single());
    }

    private JsonNode awaitFinished(String path) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            JsonNode asset = admin.get(path).json();
            if (!asset.get("ingesting").asBoolean()) {
                return asset;
            }
            Thread.sleep(300);
        }
        throw new AssertionError(path + " is still ingesting");
    }

    private static void awaitQueueEmpty() {
        try (SqsClient sqs = elasticMq.newClient()) {
            MediaConvertClients.awaitTrue("the event queue is empty", Duration.ofSeconds(30), () -> {
                Map<QueueAttributeName, String> counts = sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
                return counts.values().stream().allMatch("0"::equals);
            });
        }
    }

    private static String originUrl(String path) {
        return "http://127.0.0.1:" + origin.getAddress().getPort() + path;
    }

    private static HttpResponse<byte[]> range(String path, String range) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Range", range).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
