package org.avengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.avengine.TestMedia;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/** Customers, keys and spaces, HTTP Basic, and one customer's key kept out of another's things. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TenancyTest {

    static final Path dataDir = TestMedia.tempDir("avengine-tenancy");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
        registry.add("avengine.admin.key", () -> EngineClient.ADMIN_KEY);
        registry.add("avengine.admin.secret", () -> EngineClient.ADMIN_SECRET);
    }

    @Test
    void theAdminCreatesACustomerAKeyAndASpaceAndTheKeyWorksOnlyForItsCustomer() {
        EngineClient admin = EngineClient.admin(port);
        JsonNode customer = admin.created("/customers", "{\"name\": \"library\"}");
        int c = customer.get("id").asInt();
        assertThat(customer.get("name").asString()).isEqualTo("library");

        JsonNode key = admin.created("/customers/" + c + "/keys", "{}");
        assertThat(key.get("secret").asString()).hasSizeGreaterThan(40);
        EngineClient library = admin.as(key);
        JsonNode space = library.created("/customers/" + c + "/spaces", "{\"name\": \"av\"}");
        assertThat(space.get("id").isInt()).isTrue();
        assertThat(library.get("/customers/" + c + "/spaces").json().get("totalItems").asInt()).isEqualTo(1);
        assertThat(library.get("/customers/" + c + "/spaces/" + space.get("id").asInt()).status()).isEqualTo(200);

        var keys = library.get("/customers/" + c + "/keys");
        assertThat(keys.body()).contains(key.get("key").asString()).doesNotContain(key.get("secret").asString());

        int other = admin.created("/customers", "{\"name\": \"museum\"}").get("id").asInt();
        var refused = library.get("/customers/" + other + "/spaces");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(library.get("/customers").status()).isEqualTo(401);
    }

    @Test
    void requestsWithoutOrWithWrongCredentialsAreRefusedAsProblems() {
        var anonymous = new EngineClient(port, null, null).get("/customers");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(anonymous.json().get("detail").asString()).contains("HTTP Basic");
        assertThat(new EngineClient(port, EngineClient.ADMIN_KEY, "wrong").get("/customers").status()).isEqualTo(401);
    }

    @Test
    void unknownThingsAreNotFoundAndBadNamesAreRefused() {
        EngineClient admin = EngineClient.admin(port);
        var missing = admin.get("/customers/99999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("status").asInt()).isEqualTo(404);
        assertThat(admin.post("/customers", "{\"name\": \"\"}").status()).isEqualTo(400);
        assertThat(admin.post("/customers", "not json").status()).isEqualTo(400);
        admin.created("/customers", "{\"name\": \"twice\"}");
        assertThat(admin.post("/customers", "{\"name\": \"twice\"}").status()).isEqualTo(409);
    }
}
