package org.avengine.delivery;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;

import org.avengine.TestMedia;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A private space: its assets are delivered to its customer's key and the admin, not to anonymous
 * callers nor to another customer's key; a public space stays open, and a space can change sides.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PrivateSpaceDeliveryTest {

    static final Path dataDir = TestMedia.tempDir("avengine-private");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String ADMIN = "admin:admin-secret";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
        registry.add("avengine.admin.key", () -> "admin");
        registry.add("avengine.admin.secret", () -> "admin-secret");
    }

    @BeforeAll
    static void media() throws IOException {
        TestMedia.generate(Files.createDirectories(dataDir.resolve("storage/origins")).resolve("tone.wav"),
                List.of("-f", "lavfi", "-i", "sine=frequency=440:duration=1"));
    }

    @Test
    void aPrivateSpacesAssetIsDeliveredOnlyToItsCustomersKeyAndTheAdmin() throws Exception {
        String owner = customerKey("owner");
        String stranger = customerKey("stranger");
        int c = Integer.parseInt(owner.split("@")[1]);
        String ownerKey = owner.split("@")[0];
        JsonNode space = json(send("POST", "/customers/" + c + "/spaces", "{\"name\": \"closed\", \"private\": true}", ownerKey));
        assertThat(space.get("private").asBoolean()).isTrue();
        String asset = c + "/" + space.get("id").asInt() + "/tone";
        register(asset, ownerKey);
        String file = "/iiif-av/" + asset + "/full/max/default.mp3";
        String manifest = "/iiif-manifest/" + asset;

        for (String path : List.of(file, manifest)) {
            HttpResponse<String> anonymous = send("GET", path, null, null);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
            assertThat(send("GET", path, null, stranger.split("@")[0]).statusCode()).as(path).isEqualTo(401);
            assertThat(send("GET", path, null, ownerKey).statusCode()).as(path).isEqualTo(200);
            assertThat(send("GET", path, null, ADMIN).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(send("HEAD", file, null, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/iiif-av/" + c + "/" + space.get("id").asInt() + "/missing/full/max/default.mp3", null, null)
                .statusCode()).isEqualTo(401);

        JsonNode opened = json(send("PATCH", "/customers/" + c + "/spaces/" + space.get("id").asInt(), "{\"private\": false}", ownerKey));
        assertThat(opened.get("private").asBoolean()).isFalse();
        assertThat(opened.get("name").asString()).isEqualTo("closed");
        assertThat(send("GET", file, null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aPublicSpacesAssetNeedsNoCredential() throws Exception {
        String owner = customerKey("open");
        int c = Integer.parseInt(owner.split("@")[1]);
        String ownerKey = owner.split("@")[0];
        JsonNode space = json(send("POST", "/customers/" + c + "/spaces", "{\"name\": \"open\"}", ownerKey));
        assertThat(space.get("private").asBoolean()).isFalse();
        String asset = c + "/" + space.get("id").asInt() + "/tone";
        register(asset, ownerKey);
        assertThat(send("GET", "/iiif-av/" + asset + "/full/max/default.mp3", null, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/iiif-manifest/" + asset, null, null).statusCode()).isEqualTo(200);

        JsonNode closed = json(send("PUT", "/customers/" + c + "/spaces/" + space.get("id").asInt(), "{\"private\": true}", ownerKey));
        assertThat(closed.get("private").asBoolean()).isTrue();
        assertThat(send("GET", "/iiif-manifest/" + asset, null, null).statusCode()).isEqualTo(401);
    }

    /** {@code key:secret@customerId} of a new customer's new key. */
    private String customerKey(String name) throws Exception {
        JsonNode customer = json(send("POST", "/customers", "{\"name\": \"" + name + "-" + System.nanoTime() + "\"}", ADMIN));
        int c = customer.get("id").asInt();
        JsonNode key = json(send("POST", "/customers/" + c + "/keys", "{}", ADMIN));
        return key.get("key").asString() + ":" + key.get("secret").asString() + "@" + c;
    }

    private void register(String asset, String credentials) throws Exception {
        String[] parts = asset.split("/");
        String path = "/customers/" + parts[0] + "/spaces/" + parts[1] + "/images/" + parts[2];
        assertThat(send("PUT", path, "{\"origin\": \"s3://origins/tone.wav\", \"mediaType\": \"audio/wav\"}", credentials)
                .statusCode()).isEqualTo(201);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (json(send("GET", path, null, credentials)).get("ingesting").asBoolean()) {
            assertThat(Instant.now()).as("ingest of " + asset).isBefore(deadline);
            Thread.sleep(300);
        }
        assertThat(json(send("GET", path, null, credentials)).get("error").isNull()).isTrue();
    }

    private HttpResponse<String> send(String method, String path, String body, String credentials) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return JSON.readTree(response.body());
    }
}
