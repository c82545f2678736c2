package org.avengine.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.avengine.TestMedia;
import org.avengine.storage.S3ProxyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * With {@code avengine.delivery.s3.redirect} on the S3 store (s3proxy), a GET under {@code /iiif-av/}
 * is answered with 302 to a presigned URL that serves the bytes with ranges; in a private space only
 * after the caller passed the access check; HEAD is still answered by avengine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class S3RedirectDeliveryTest {

    static final Path dataDir = TestMedia.tempDir("avengine-s3-redirect");
    static final S3ProxyServer s3 = S3ProxyServer.inMemory()
            .createBucket("avengine-storage").createBucket("avengine-input").createBucket("origins");
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
        registry.add("avengine.admin.key", () -> EngineStory.ADMIN_KEY);
        registry.add("avengine.admin.secret", () -> EngineStory.ADMIN_SECRET);
        registry.add("avengine.delivery.s3.redirect", () -> "true");
        registry.add("avengine.delivery.s3.redirect-expiry", () -> "2m");
        s3.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @BeforeAll
    static void origin() {
        Path tone = TestMedia.generate(dataDir.resolve("tone.wav"), List.of("-f", "lavfi", "-i", "sine=frequency=440:duration=1"));
        try (S3Client client = s3.newClient()) {
            client.putObject(r -> r.bucket("origins").key("tone.wav"), RequestBody.fromFile(tone));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        s3.close();
    }

    @Test
    void aPrivateSpacesTranscodeRedirectsItsOwnerToAPresignedUrlThatServesRanges() throws Exception {
        EngineStory admin = EngineStory.admin(port, dataDir);
        String c = field(admin.send("POST", "/customers", "{\"name\": \"redirected\"}").body(), "id");
        String key = admin.send("POST", "/customers/" + c + "/keys", "{}").body();
        String credentials = field(key, "key") + ":" + field(key, "secret");
        String s = field(admin.send("POST", "/customers/" + c + "/spaces", "{\"name\": \"closed\", \"private\": true}").body(), "id");
        String space = "/customers/" + c + "/spaces/" + s;
        admin.send("PUT", space + "/images/tone", "{\"origin\": \"s3://origins/tone.wav\", \"mediaType\": \"audio/wav\"}");
        admin.awaitFinished(space + "/images/tone");
        String path = "/iiif-av/" + c + "/" + s + "/tone/full/max/default.mp3";

        assertThat(get(admin.uri(path), null, null).statusCode()).as("anonymous").isEqualTo(401);
        HttpResponse<byte[]> redirect = get(admin.uri(path), credentials, null);
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("no-store");
        URI target = URI.create(redirect.headers().firstValue("Location").orElseThrow());
        assertThat(target.toString()).startsWith(s3.endpoint().toString()).contains("X-Amz-Signature=").contains("X-Amz-Expires=120");

        byte[] whole;
        try (S3Client client = s3.newClient()) {
            whole = client.getObjectAsBytes(r -> r.bucket("avengine-storage").key(c + "/" + s + "/tone/full/max/default.mp3")).asByteArray();
        }
        HttpResponse<byte[]> range = get(target, null, "bytes=10-109");
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).isEqualTo(Arrays.copyOfRange(whole, 10, 110));
        assertThat(get(target, null, null).body()).isEqualTo(whole);

        var head = HTTP.send(HttpRequest.newBuilder(admin.uri(path)).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .header("Authorization", basic(credentials)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValueAsLong("Content-Length").orElseThrow()).isEqualTo(whole.length);
    }

    private static HttpResponse<byte[]> get(URI uri, String credentials, String range) throws Exception {
        var request = HttpRequest.newBuilder(uri).GET();
        if (credentials != null) {
            request.header("Authorization", basic(credentials));
        }
        if (range != null) {
            request.header("Range", range);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String field(String json, String name) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(json).get(name).asString();
    }
}
