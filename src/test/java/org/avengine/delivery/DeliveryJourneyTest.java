package org.avengine.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
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
 * The story of issue 4: a customer, a key and a space; a video whose origin is on a web server is
 * registered, finishes, and is delivered with byte ranges and described by a valid IIIF manifest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliveryJourneyTest {

    static final Path dataDir = TestMedia.tempDir("avengine-delivery");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static HttpServer origin;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
        registry.add("avengine.admin.key", () -> "admin");
        registry.add("avengine.admin.secret", () -> "admin-secret");
        registry.add("avengine.storage.inputs.allow-http", () -> "true");
        registry.add("avengine.storage.inputs.allowed-networks", () -> "127.0.0.0/8");
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
    static void stopOrigin() {
        origin.stop(0);
    }

    @Test
    void aVideoFromAWebServerIsDeliveredInRangesAndDescribedByAValidManifestWithAChoice() throws Exception {
        String space = tenancy();
        String c = space.split("/")[2];
        send("PUT", "/customers/" + c + "/deliveryChannelPolicies/iiif-av/mp4-webm",
                "{\"presets\": [\"video-mp4-720p\", \"video-webm-720p\"]}", null);
        String originUrl = "http://127.0.0.1:" + origin.getAddress().getPort() + "/films/clip.mp4";
        var put = send("PUT", space + "/images/film", "{\"origin\": \"" + originUrl + "\", \"mediaType\": \"video/mp4\","
                + " \"deliveryChannels\": [{\"channel\": \"iiif-av\", \"policy\": \"mp4-webm\"}]}", null);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
        JsonNode asset = awaitFinished(space + "/images/film");
        assertThat(asset.get("error").isNull()).as(asset.toString()).isTrue();

        String path = "/iiif-av/" + space.replace("/customers/", "").replace("/spaces", "") + "/film/full/full/max/max/0/default.mp4";
        var range = raw("GET", path, "bytes=0-999");
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).hasSize(1000);
        assertThat(range.headers().firstValue("Content-Range").orElseThrow()).startsWith("bytes 0-999/");
        assertThat(range.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("video/mp4");
        assertThat(range.headers().firstValue("Accept-Ranges").orElseThrow()).isEqualTo("bytes");
        String etag = range.headers().firstValue("ETag").orElseThrow();
        assertThat(range.headers().firstValue("Last-Modified")).isPresent();

        var whole = raw("GET", path, null);
        assertThat(whole.statusCode()).isEqualTo(200);
        long size = whole.body().length;
        assertThat(TestMedia.stream(probeBytes(whole.body()), "video").get("width").asInt()).isEqualTo(1280);
        assertThat(raw("GET", path, "bytes=" + size + "-").statusCode()).isEqualTo(416);
        assertThat(raw("GET", path, "bytes=" + size + "-").headers().firstValue("Content-Range").orElseThrow()).isEqualTo("bytes */" + size);
        assertThat(raw("GET", path, "bytes=-10").body()).hasSize(10);
        var head = raw("HEAD", path, null);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Length").orElseThrow()).isEqualTo(Long.toString(size));
        assertThat(head.body()).isEmpty();
        assertThat(rawWith(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(raw("GET", path.replace("default.mp4", "default.mov"), null).statusCode()).isEqualTo(404);

        String manifestText = new String(raw("GET", "/iiif-manifest/" + path.substring("/iiif-av/".length(), path.indexOf("/full")), null).body(),
                StandardCharsets.UTF_8);
        assertThat(IiifSchema.problems(manifestText)).isEmpty();
        JsonNode manifest = JSON.readTree(manifestText);
        JsonNode canvas = manifest.get("items").get(0);
        assertThat(canvas.get("duration").asDouble()).isCloseTo(2.0, within(0.1));
        assertThat(canvas.get("width").asInt()).isEqualTo(1280);
        JsonNode body = canvas.get("items").get(0).get("items").get(0).get("body");
        assertThat(body.get("type").asString()).isEqualTo("Choice");
        assertThat(body.get("items")).hasSize(2);
        assertThat(body.get("items").get(0).get("format").asString()).isEqualTo("video/mp4");
        assertThat(body.get("items").get(1).get("format").asString()).isEqualTo("video/webm");
        assertThat(body.get("items").get(1).get("duration").asDouble()).isCloseTo(2.0, within(0.1));
        assertThat(body.get("items").get(0).get("id").asString()).endsWith(path);
    }

    @Test
    void anAudioAssetHasAManifestWithOneSoundBodyThatValidates() throws Exception {
        String space = tenancy();
        String originUrl = "http://127.0.0.1:" + origin.getAddress().getPort() + "/tone.wav";
        send("PUT", space + "/images/tone", "{\"origin\": \"" + originUrl + "\", \"mediaType\": \"audio/wav\"}", null);
        awaitFinished(space + "/images/tone");
        String id = space.replace("/customers/", "").replace("/spaces", "") + "/tone";
        String manifestText = new String(raw("GET", "/iiif-manifest/" + id, null).body(), StandardCharsets.UTF_8);
        assertThat(IiifSchema.problems(manifestText)).isEmpty();
        JsonNode body = JSON.readTree(manifestText).get("items").get(0).get("items").get(0).get("items").get(0).get("body");
        assertThat(body.get("type").asString()).isEqualTo("Sound");
        assertThat(body.get("format").asString()).isEqualTo("audio/mpeg");
        assertThat(raw("GET", "/iiif-av/" + id + "/full/max/default.mp3", "bytes=0-99").body()).hasSize(100);
        assertThat(raw("GET", "/iiif-manifest/" + id + "-missing", null).statusCode()).isEqualTo(404);
    }

    private String tenancy() throws Exception {
        JsonNode customer = JSON.readTree(send("POST", "/customers", "{\"name\": \"c" + System.nanoTime() + "\"}", null).body());
        String c = customer.get("id").asString();
        JsonNode space = JSON.readTree(send("POST", "/customers/" + c + "/spaces", "{\"name\": \"av\"}", null).body());
        return "/customers/" + c + "/spaces/" + space.get("id").asString();
    }

    private JsonNode awaitFinished(String path) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            JsonNode asset = JSON.readTree(send("GET", path, null, null).body());
            if (!asset.get("ingesting").asBoolean()) {
                return asset;
            }
            Thread.sleep(300);
        }
        throw new AssertionError(path + " is still ingesting");
    }

    private HttpResponse<String> send(String method, String path, String body, String ignored) throws Exception {
        String basic = Base64.getEncoder().encodeToString("admin:admin-secret".getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> raw(String method, String path, String range) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (range != null) {
            request.header("Range", range);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> rawWith(String path, String header, String value) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header(header, value).GET();
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode probeBytes(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(dataDir, "delivered", ".mp4");
        Files.write(file, bytes);
        return TestMedia.probe(file);
    }
}
