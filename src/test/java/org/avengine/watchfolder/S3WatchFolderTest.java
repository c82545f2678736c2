package org.avengine.watchfolder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.avengine.TestMedia;
import org.avengine.storage.ObjectInfo;
import org.avengine.storage.ObjectRef;
import org.avengine.storage.ObjectStore;
import org.avengine.storage.S3ProxyServer;
import org.junit.jupiter.api.Test;

/**
 * The watch folder on an S3 store (s3proxy): objects put into the bucket, with no avengine API call,
 * become assets of their entity and move to processed/ or failed/.
 */
class S3WatchFolderTest {

    @Test
    void objectsPutIntoTheWatchedPrefixOfAnS3StoreBecomeAssetsOfTheirEntity() throws Exception {
        Path media = TestMedia.tempDir("avengine-watch-s3-media");
        TestMedia.clip(media.resolve("front.mp4"), 320, 180, 1);
        TestMedia.clip(media.resolve("back.mp4"), 320, 180, 1);
        try (S3ProxyServer s3 = S3ProxyServer.inMemory()) {
            s3.createBucket("uploads").createBucket("avengine-storage").createBucket("avengine-input");
            try (WatchNode node = WatchNode.start(TestMedia.tempDir("avengine-watch-s3"), s3.springProperties())) {
                int[] ids = node.customerAndSpace("s3-cars");
                node.created("/customers/" + ids[0] + "/watchRules", """
                        {"name": "cars", "prefix": "s3://uploads/cars/", "pattern": "cars/{entityId}/{file}", "space": %d,
                         "policy": "default-video"}""".formatted(ids[1]));
                ObjectStore store = node.bean(ObjectStore.class);
                store.upload(media.resolve("front.mp4"), ObjectRef.parse("s3://uploads/cars/car-123/front.mp4"), "video/mp4");
                store.upload(media.resolve("back.mp4"), ObjectRef.parse("s3://uploads/cars/car-123/back.mp4"), "video/mp4");
                store.put(ObjectRef.parse("s3://uploads/cars/car-123/notes.txt"), "not a video".getBytes(StandardCharsets.UTF_8), null);

                WatchNode.await("the three objects to move", Duration.ofMinutes(3), () -> keys(store).containsAll(List.of(
                        "cars/processed/car-123/front.mp4", "cars/processed/car-123/back.mp4",
                        "cars/failed/car-123/notes.txt", "cars/failed/car-123/notes.txt.error.json"))
                        && keys(store).stream().noneMatch(k -> k.startsWith("cars/car-123/")));
                assertThat(node.jdbc().sql("SELECT entity FROM engine_assets WHERE error IS NULL AND finished_at IS NOT NULL")
                        .query(String.class).list()).containsExactly("car-123", "car-123");
                assertThat(node.jdbc().sql("SELECT COUNT(*) FROM jobs").query(Integer.class).single()).isEqualTo(2);
                try (var report = store.open(ObjectRef.parse("s3://uploads/cars/failed/car-123/notes.txt.error.json"), 0, -1)) {
                    assertThat(WatchNode.JSON.readTree(report).get("reason").asString()).isEqualTo("NOT_MEDIA");
                }
            }
        }
    }

    private static List<String> keys(ObjectStore store) {
        return store.list(ObjectRef.parse("s3://uploads/cars/")).stream().map(ObjectInfo::ref).map(ObjectRef::key).toList();
    }
}
