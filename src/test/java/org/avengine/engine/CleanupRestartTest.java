package org.avengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.avengine.AvengineApplication;
import org.avengine.TestMedia;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A node stops in the middle of a cleanup: an asset was deleted, part of its files are gone, one
 * deletion is claimed by the stopped node. After a restart on the same database and store, every
 * recorded deletion is carried out (the half-done one again, harmlessly) and the other asset keeps its files.
 */
class CleanupRestartTest {

    static final Path dataDir = TestMedia.tempDir("avengine-cleanup-restart");
    static final Path storage = dataDir.resolve("storage");

    @Test
    void aCleanupLeftHalfDoneByAStoppedNodeIsFinishedAfterARestart() throws IOException {
        TestMedia.generate(Files.createDirectories(storage.resolve("origins")).resolve("tone.wav"),
                List.of("-f", "lavfi", "-i", "sine=frequency=440:duration=1"));
        String prefix;
        try (ConfigurableApplicationContext node = start(false)) {
            EngineClient admin = EngineClient.admin(port(node));
            String c = admin.created("/customers", "{\"name\": \"restart\"}").get("id").asString();
            String space = "/customers/" + c + "/spaces/" + admin.created("/customers/" + c + "/spaces", "{\"name\": \"av\"}").get("id").asString();
            prefix = space.replace("/customers/", "").replace("/spaces", "");
            for (String name : List.of("tone", "tone2")) {
                admin.put(space + "/images/" + name, "{\"origin\": \"s3://origins/tone.wav\", \"mediaType\": \"audio/wav\"}");
                Eventually.await("ingesting " + name, Duration.ofMinutes(2),
                        () -> !admin.get(space + "/images/" + name).json().get("ingesting").asBoolean());
            }
            assertThat(admin.delete(space + "/images/tone").status()).isEqualTo(204);
            Files.delete(storage.resolve("avengine-storage/" + prefix + "/tone/full/max/default.mp3"));
            node.getBean(JdbcClient.class).sql("UPDATE engine_cleanups SET due_at = :lease, attempts = 1 WHERE is_prefix AND asset_id = 'tone'")
                    .param("lease", Instant.now().plusSeconds(2).toEpochMilli()).update();
            assertThat(pending(node)).isPositive();
            assertThat(storage.resolve("avengine-storage/" + prefix + "/tone/metadata")).exists();
        }
        try (ConfigurableApplicationContext node = start(true)) {
            Eventually.await("every recorded deletion after the restart", Duration.ofSeconds(30), () -> pending(node) == 0);
            assertThat(AssetJourneyTest.filesUnder(storage.resolve("avengine-storage/" + prefix + "/tone"))).isEmpty();
            assertThat(AssetJourneyTest.filesUnder(storage.resolve("avengine-input/" + prefix))).isEmpty();
            assertThat(storage.resolve("avengine-storage/" + prefix + "/tone2/full/max/default.mp3")).exists();
            assertThat(storage.resolve("avengine-storage/" + prefix + "/tone2/metadata")).exists();
        }
    }

    private static ConfigurableApplicationContext start(boolean cleanup) {
        return new SpringApplicationBuilder(AvengineApplication.class).run("--server.port=0", "--avengine.data-dir=" + dataDir,
                "--avengine.admin.key=" + EngineClient.ADMIN_KEY, "--avengine.admin.secret=" + EngineClient.ADMIN_SECRET,
                "--avengine.engine.cleanup.enabled=" + cleanup);
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    private static int pending(ConfigurableApplicationContext node) {
        return node.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM engine_cleanups").query(Integer.class).single();
    }
}
