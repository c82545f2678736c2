package org.avengine.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
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

import org.avengine.TestMedia;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine's story, step by step, against a running avengine at {@code port} with the admin's
 * credentials: a customer and a space, a video registered from an origin with an MP4 + WebM policy,
 * its delivery in byte ranges, its manifest. Tests run the whole story ({@link #video}) on the
 * database and store they configure, or single steps; a new step is one more method here, called from
 * {@link #video}.
 */
final class EngineStory {

    static final String ADMIN_KEY = "admin";
    static final String ADMIN_SECRET = "admin-secret";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;
    private final String credentials;
    private final Path scratch;

    EngineStory(int port, String key, String secret, Path scratch) {
        this.port = port;
        this.credentials = key + ":" + secret;
        this.scratch = scratch;
    }

    /** The story on the admin's credentials; probed downloads go to {@code scratch}. */
    static EngineStory admin(int port, Path scratch) {
        return new EngineStory(port, ADMIN_KEY, ADMIN_SECRET, scratch);
    }

    /** A registered and finished video: its space path, asset id and MP4 delivery path. */
    record Video(String space, String id, String mp4) {

        /** {@code c/s/id}, as {@code /iiif-manifest/} and {@code /iiif-av/} name the asset. */
        String assetPath() {
            return space.replace("/customers/", "").replace("/spaces", "") + "/" + id;
        }
    }

    /** The whole video story from {@code originUrl}: register, finish, deliver in ranges, describe. */
    Video video(String originUrl) throws Exception {
        Video video = registerVideo(tenancy(), "film", originUrl);
        deliversInRanges(video.mp4());
        describesAChoiceOfMp4AndWebm(video);
        return video;
    }

    /** A new customer with one space; the space's path {@code /customers/{c}/spaces/{s}}. */
    String tenancy() throws Exception {
        JsonNode customer = JSON.readTree(send("POST", "/customers", "{\"name\": \"c" + System.nanoTime() + "\"}").body());
        String c = customer.get("id").asString();
        JsonNode space = JSON.readTree(send("POST", "/customers/" + c + "/spaces", "{\"name\": \"av\"}").body());
        return "/customers/" + c + "/spaces/" + space.get("id").asString();
    }

    /** Registers {@code id} with an MP4 + WebM policy of the space's customer and waits until it finished without error. */
    Video registerVideo(String space, String id, String originUrl) throws Exception {
        String c = space.split("/")[2];
        send("PUT", "/customers/" + c + "/deliveryChannelPolicies/iiif-av/mp4-webm",
                "{\"presets\": [\"video-mp4-720p\", \"video-webm-720p\"]}");
        var put = send("PUT", space + "/images/" + id, "{\"origin\": \"" + originUrl + "\", \"mediaType\": \"video/mp4\","
                + " \"deliveryChannels\": [{\"channel\": \"iiif-av\", \"policy\": \"mp4-webm\"}]}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
        JsonNode asset = awaitFinished(space + "/images/" + id);
        assertThat(asset.get("error").isNull()).as(asset.toString()).isTrue();
        String mp4 = "/iiif-av/" + space.replace("/customers/", "").replace("/spaces", "") + "/" + id
                + "/full/full/max/max/0/default.mp4";
        return new Video(space, id, mp4);
    }

    /** 206 with exactly the bytes asked, the headers, 200 for the whole (a 1280-wide video), 416 beyond, HEAD, 304, 404. */
    void deliversInRanges(String path) throws Exception {
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
    }

    /** The manifest validates, with a 2-second canvas and a Choice of the MP4 and the WebM. */
    void describesAChoiceOfMp4AndWebm(Video video) throws Exception {
        String manifestText = new String(raw("GET", "/iiif-manifest/" + video.assetPath(), null).body(), StandardCharsets.UTF_8);
        assertThat(IiifSchema.problems(manifestText)).isEmpty();
        JsonNode canvas = JSON.readTree(manifestText).get("items").get(0);
        assertThat(canvas.get("duration").asDouble()).isCloseTo(2.0, within(0.1));
        assertThat(canvas.get("width").asInt()).isEqualTo(1280);
        JsonNode body = canvas.get("items").get(0).get("items").get(0).get("body");
        assertThat(body.get("type").asString()).isEqualTo("Choice");
        assertThat(body.get("items")).hasSize(2);
        assertThat(body.get("items").get(0).get("format").asString()).isEqualTo("video/mp4");
        assertThat(body.get("items").get(1).get("format").asString()).isEqualTo("video/webm");
        assertThat(body.get("items").get(1).get("duration").asDouble()).isCloseTo(2.0, within(0.1));
        assertThat(body.get("items").get(0).get("id").asString()).endsWith(video.mp4());
    }

    /** Polls the asset until it is no longer ingesting (three minutes at most); its JSON. */
    JsonNode awaitFinished(String path) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            JsonNode asset = JSON.readTree(send("GET", path, null).body());
            if (!asset.get("ingesting").asBoolean()) {
                return asset;
            }
            Thread.sleep(300);
        }
        throw new AssertionError(path + " is still ingesting");
    }

    /** An engine API call with this story's credentials and a JSON body (or none). */
    HttpResponse<String> send(String method, String path, String body) throws Exception {
        String basic = Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An anonymous call, as a viewer makes one, with a {@code Range} header when {@code range} is not null. */
    HttpResponse<byte[]> raw(String method, String path, String range) throws Exception {
        var request = HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (range != null) {
            request.header("Range", range);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> rawWith(String path, String header, String value) throws Exception {
        var request = HttpRequest.newBuilder(uri(path)).header(header, value).GET();
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private JsonNode probeBytes(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(Files.createDirectories(scratch), "delivered", ".mp4");
        Files.write(file, bytes);
        return TestMedia.probe(file);
    }
}
