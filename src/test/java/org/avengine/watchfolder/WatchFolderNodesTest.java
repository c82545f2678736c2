package org.avengine.watchfolder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.avengine.PostgresSchema;
import org.avengine.TestMedia;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exactly once across restarts and nodes: a node stopped in the middle of a drop and started again
 * on the same data misses nothing and starts nothing twice; two nodes on one PostgreSQL watching the
 * same store start each file once.
 */
class WatchFolderNodesTest {

    static final Path media = TestMedia.tempDir("avengine-watch-nodes-media");

    @BeforeAll
    static void clips() {
        for (int i = 1; i <= 4; i++) {
            TestMedia.clip(media.resolve("clip" + i + ".mp4"), 320, 180, 1);
        }
    }

    @Test
    void aNodeRestartedInTheMiddleOfADropMissesNothingAndStartsNothingTwice() throws IOException {
        Path dataDir = TestMedia.tempDir("avengine-watch-restart");
        Path folder = Files.createDirectories(dataDir.resolve("storage/uploads/cars/car-9"));
        int[] ids;
        try (WatchNode first = WatchNode.start(dataDir, Map.of())) {
            ids = first.customerAndSpace("restart");
            first.created("/customers/" + ids[0] + "/watchRules", rule(ids[1]));
            Files.copy(media.resolve("clip1.mp4"), folder.resolve("a.mp4"));
            Files.copy(media.resolve("clip2.mp4"), folder.resolve("b.mp4"));
            WatchNode.await("a file to be taken", Duration.ofSeconds(30), () -> items(first) > 0);
        }
        Files.copy(media.resolve("clip3.mp4"), folder.resolve("c.mp4"));
        try (WatchNode second = WatchNode.start(dataDir, Map.of())) {
            awaitProcessed(dataDir, List.of("a.mp4", "b.mp4", "c.mp4"));
            assertStartedOnce(second, 3);
        }
    }

    @Test
    void twoNodesOnOnePostgresqlStartEachFileOnce() throws IOException, SQLException {
        PostgresSchema postgres = new PostgresSchema("avengine_watch");
        postgres.assumeReachable("the two-node watch-folder test");
        Path shared = TestMedia.tempDir("avengine-watch-shared-store");
        Map<String, String> properties = new java.util.HashMap<>(postgres.springProperties());
        properties.put("avengine.storage.local.root", shared.resolve("storage").toString());
        try (WatchNode one = WatchNode.start(TestMedia.tempDir("avengine-watch-node1"), properties);
                WatchNode two = WatchNode.start(TestMedia.tempDir("avengine-watch-node2"), properties)) {
            int[] ids = one.customerAndSpace("two-nodes");
            one.created("/customers/" + ids[0] + "/watchRules", rule(ids[1]));
            Path folder = Files.createDirectories(shared.resolve("storage/uploads/cars/car-9"));
            for (int i = 1; i <= 4; i++) {
                Files.copy(media.resolve("clip" + i + ".mp4"), folder.resolve("clip" + i + ".mp4"));
            }
            awaitProcessed(shared, List.of("clip1.mp4", "clip2.mp4", "clip3.mp4", "clip4.mp4"));
            assertStartedOnce(two, 4);
        } finally {
            postgres.drop();
        }
    }

    private static void awaitProcessed(Path dataDir, List<String> files) {
        Path processed = dataDir.resolve("storage/uploads/cars/processed/car-9");
        WatchNode.await("every file in processed/", Duration.ofMinutes(3),
                () -> files.stream().allMatch(f -> Files.exists(processed.resolve(f))));
    }

    /** One item per file, each processed, with an asset of its own made by exactly one job. */
    private static void assertStartedOnce(WatchNode node, int files) {
        assertThat(node.jdbc().sql("SELECT state FROM watch_items").query(String.class).list())
                .hasSize(files).containsOnly("PROCESSED");
        assertThat(node.jdbc().sql("SELECT COUNT(DISTINCT asset_id) FROM watch_items").query(Integer.class).single()).isEqualTo(files);
        assertThat(node.jdbc().sql("SELECT COUNT(*) FROM jobs").query(Integer.class).single()).isEqualTo(files);
        assertThat(node.jdbc().sql("SELECT entity FROM engine_assets").query(String.class).list()).hasSize(files).containsOnly("car-9");
    }

    private static int items(WatchNode node) {
        return node.jdbc().sql("SELECT COUNT(*) FROM watch_items").query(Integer.class).single();
    }

    private static String rule(int space) {
        return """
                {"name": "cars", "prefix": "s3://uploads/cars/", "pattern": "cars/{entityId}/{file}", "space": %d,
                 "policy": "default-video"}""".formatted(space);
    }
}
