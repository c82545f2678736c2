package org.avengine.ui;

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
import java.util.Map;

import org.avengine.MediaConvertClients;
import org.avengine.TestMedia;
import org.avengine.system.NodeIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who sees what on the dashboard: a customer signed in with its API key sees its own assets and
 * their jobs, and neither the pages nor the files of another customer's; the administrator sees all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTenancyTest {

    static final Path dataDir = TestMedia.tempDir("avengine-ui-tenancy");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    NodeIdentity node;
    Tenant library;
    Tenant museum;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
        registry.add("avengine.admin.key", () -> "admin");
        registry.add("avengine.admin.secret", () -> "admin-secret");
    }

    record Tenant(int customer, int space, String key, String secret, String asset, String jobId) {
        String assetPath() {
            return customer + "/" + space + "/" + asset;
        }
    }

    @BeforeAll
    void twoCustomersWithOneAssetEach() throws IOException {
        Path origins = Files.createDirectories(dataDir.resolve("storage/origins"));
        TestMedia.clip(origins.resolve("clip.mp4"), 320, 180, 2);
        library = tenant("library", "film-a");
        museum = tenant("museum", "film-b");
    }

    @Test
    void aCustomerSeesOnlyItsOwnJobsAndAssets() {
        Browser browser = new Browser(port);
        assertThat(browser.signIn(library.key(), library.secret()).statusCode()).isEqualTo(302);

        String jobs = browser.get("/ui/jobs").body();
        assertThat(jobs).contains(library.jobId()).doesNotContain(museum.jobId());
        String assets = browser.get("/ui/assets").body();
        assertThat(assets).contains(library.assetPath()).doesNotContain(museum.assetPath());
        assertThat(browser.get("/ui/assets?customer=" + museum.customer()).body()).doesNotContain(museum.assetPath());

        assertThat(browser.get("/ui/jobs/" + library.jobId()).statusCode()).isEqualTo(200);
        assertThat(browser.get("/ui/assets/" + library.assetPath()).body()).contains("video-mp4-720p", "/iiif-manifest/" + library.assetPath());
        assertThat(browser.get("/ui/jobs/" + museum.jobId()).statusCode()).isEqualTo(404);
        assertThat(browser.get("/ui/assets/" + museum.assetPath()).statusCode()).isEqualTo(404);
        assertThat(browser.get("/ui/jobs/new").statusCode()).isEqualTo(403);
    }

    @Test
    void outputsReachTheBrowserOnlyThroughTheSignedInRouteOfTheirOwner() {
        String mp4 = "/ui/assets/" + library.assetPath() + "/files/full/full/max/max/0/default.mp4";
        HttpResponse<String> anonymous = new Browser(port).get(mp4, "bytes=0-99");
        assertThat(anonymous.statusCode()).as("anonymous").isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/ui/login");

        Browser owner = new Browser(port);
        owner.signIn(library.key(), library.secret());
        HttpResponse<String> range = owner.get(mp4, "bytes=0-99");
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.headers().firstValue("Content-Type")).hasValue("video/mp4");
        assertThat(range.headers().firstValue("Content-Range").orElseThrow()).startsWith("bytes 0-99/");

        Browser other = new Browser(port);
        other.signIn(museum.key(), museum.secret());
        assertThat(other.get(mp4, "bytes=0-99").statusCode()).isEqualTo(404);
    }

    @Test
    void theAdministratorSeesEveryCustomersJobsAndAssets() {
        Browser admin = new Browser(port);
        admin.signIn("admin", "admin-secret");
        assertThat(admin.get("/ui/jobs").body()).contains(library.jobId(), museum.jobId());
        assertThat(admin.get("/ui/assets").body()).contains(library.assetPath(), museum.assetPath());
        for (String page : new String[] {"/ui/presets", "/ui/templates", "/ui/queues", "/ui/watch-rules", "/ui/webhooks", "/ui/nodes", "/ui/health", "/ui/jobs/new",
                "/ui/jobs/" + museum.jobId(), "/ui/assets/" + museum.assetPath()}) {
            assertThat(admin.get(page).statusCode()).as(page).isEqualTo(200);
        }
    }

    @Test
    void theAdministratorSeesTheNodesWithTheirHeartbeatsAndACustomerDoesNot() {
        Browser admin = new Browser(port);
        admin.signIn("admin", "admin-secret");
        String nodes = admin.get("/ui/nodes").body();
        assertThat(nodes).contains("id=\"node-" + node.id() + "\" data-state=\"UP\"", "(this node)", "api, worker")
                .containsPattern("<time datetime=\"\\d{4}-\\d\\d-\\d\\dT");

        Browser customer = new Browser(port);
        customer.signIn(library.key(), library.secret());
        HttpResponse<String> refused = customer.get("/ui/nodes");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain(node.id());
    }

    @Test
    void aCustomerSeesItsOwnWebhooksWithTheirDeliveriesAndNoSecret() {
        Browser browser = new Browser(port);
        browser.signIn(library.key(), library.secret());
        MediaConvertClients.awaitTrue("the library's JOB_COMPLETE delivery in its log", Duration.ofSeconds(30),
                () -> browser.get("/ui/webhooks").body().contains("<td>JOB_COMPLETE</td>"));
        String page = browser.get("/ui/webhooks").body();
        assertThat(page).contains("https://hooks.example.org/library").containsPattern("id=\"delivery-[^\"]+\" data-state=\"(PENDING|FAILED)\"")
                .doesNotContain("hooks.example.org/museum").doesNotContain("hook-secret-library");

        Browser admin = new Browser(port);
        admin.signIn("admin", "admin-secret");
        assertThat(admin.get("/ui/webhooks").body()).contains("No subscriptions").doesNotContain("hooks.example.org");
    }

    @Test
    void aCustomerSeesOnlyItsOwnWatchRulesAndTheAdministratorSeesAll() {
        Browser browser = new Browser(port);
        browser.signIn(library.key(), library.secret());
        assertThat(browser.get("/ui/watch-rules").body()).contains("id=\"rule-drop-library\"", "s3://origins/drop-library/",
                "asset in space " + library.space() + " with policy default-video").doesNotContain("drop-museum");

        Browser admin = new Browser(port);
        admin.signIn("admin", "admin-secret");
        assertThat(admin.get("/ui/watch-rules").body()).contains("id=\"rule-drop-library\"", "id=\"rule-drop-museum\"");
    }

    @Test
    void aWrongSecretAnAbsentSessionAndAFormWithoutTheSessionTokenAreTurnedAway() {
        Browser browser = new Browser(port);
        HttpResponse<String> wrong = browser.signIn(library.key(), "not-the-secret");
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("Unknown key or wrong secret");
        HttpResponse<String> page = browser.get("/ui/jobs");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).contains("/ui/login?next=");

        Browser admin = new Browser(port);
        admin.signIn("admin", "admin-secret");
        assertThat(admin.post("/ui/queues/Default", Map.of("paused", "true")).statusCode()).isEqualTo(403);
        assertThat(admin.post("/ui/queues/Default", Map.of("paused", "false", "_csrf", admin.csrf())).statusCode()).isEqualTo(302);
    }

    private Tenant tenant(String name, String asset) {
        int customer = send("POST", "/customers", "{\"name\": \"" + name + "\"}", "admin", "admin-secret").get("id").asInt();
        JsonNode key = send("POST", "/customers/" + customer + "/keys", "{}", "admin", "admin-secret");
        String k = key.get("key").asString();
        String s = key.get("secret").asString();
        int space = send("POST", "/customers/" + customer + "/spaces", "{\"name\": \"av\"}", k, s).get("id").asInt();
        send("POST", "/customers/" + customer + "/webhooks", "{\"url\": \"https://hooks.example.org/" + name + "\","
                + " \"eventTypes\": [\"JOB_COMPLETE\"], \"secret\": \"hook-secret-" + name + "\"}", k, s);
        send("POST", "/customers/" + customer + "/watchRules", "{\"name\": \"drop-" + name + "\", \"prefix\": \"s3://origins/drop-"
                + name + "/\", \"space\": " + space + ", \"policy\": \"default-video\"}", k, s);
        String path = "/customers/" + customer + "/spaces/" + space + "/images/" + asset;
        send("PUT", path, """
                {"origin": "s3://origins/clip.mp4", "mediaType": "video/mp4",
                 "deliveryChannels": [{"channel": "iiif-av", "policy": "default-video"}]}""", k, s);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        JsonNode state = send("GET", path, null, k, s);
        while (state.get("ingesting").asBoolean() && Instant.now().isBefore(deadline)) {
            pause();
            state = send("GET", path, null, k, s);
        }
        assertThat(state.get("ingesting").asBoolean()).as("asset %s still ingesting", path).isFalse();
        assertThat(state.get("error").isNull()).as("asset error %s", state.get("error")).isTrue();
        String jobId = send("GET", path + "/metadata", null, k, s).get("id").asString();
        return new Tenant(customer, space, k, s, asset, jobId);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode send(String method, String path, String body, String key, String secret) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isLessThan(300);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
