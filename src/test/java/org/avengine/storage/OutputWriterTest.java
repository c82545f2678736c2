package org.avengine.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

    @TempDir
    Path temp;

    Path work;
    Path published;
    LocalObjectStore store;
    Locations locations;
    OutputWriter writer;

    @BeforeEach
    void setUp() throws IOException {
        work = Files.createDirectories(temp.resolve("work"));
        published = Files.createDirectories(temp.resolve("published")).toRealPath();
        store = new LocalObjectStore(temp.resolve("store"));
        locations = new Locations(new StorageProperties(null, null, null,
                new StorageProperties.Inputs(List.of(published), false, false, null, null, null, null)));
        writer = new OutputWriter(store, locations);
    }

    @Test
    void uploadsToTheStoreWithTheContentTypeOfTheFileName() throws IOException {
        Path file = Files.writeString(work.resolve("out.mp4"), "video");

        writer.publish(file, locations.resolveOutput("s3://out-bucket/c/1/full/max/default.mp4"), null);

        ObjectRef ref = new ObjectRef("out-bucket", "c/1/full/max/default.mp4");
        assertThat(store.stat(ref)).hasValueSatisfying(info -> {
            assertThat(info.size()).isEqualTo(5);
            assertThat(info.contentType()).isEqualTo("video/mp4");
        });
    }

    @Test
    void movesFilesIntoAnAllowedFolderAtomically() throws IOException {
        Path file = Files.writeString(work.resolve("out.webm"), "video");
        Path target = published.resolve("c/1/out.webm");

        writer.publish(file, locations.resolveOutput("file://" + target), "video/webm");

        assertThat(target).hasContent("video");
        assertThat(file).doesNotExist();
        assertThat(published.resolve("c/1").toFile().list()).containsExactly("out.webm");
    }

    @Test
    void publishesAFolderWithPlaylistsLast() throws IOException {
        Path hls = Files.createDirectories(work.resolve("hls"));
        Files.writeString(hls.resolve("main.m3u8"), "#EXTM3U");
        Files.createDirectories(hls.resolve("720p"));
        Files.writeString(hls.resolve("720p/index.m3u8"), "#EXTM3U");
        Files.writeString(hls.resolve("720p/seg_001.ts"), "ts1");
        Files.writeString(hls.resolve("720p/seg_000.ts"), "ts0");

        List<Location> written = writer.publishFolder(hls, new StoreLocation(new ObjectRef("out-bucket", "c/1/hls")));

        assertThat(written).extracting(locations::format).containsExactly(
                "s3://out-bucket/c/1/hls/720p/seg_000.ts", "s3://out-bucket/c/1/hls/720p/seg_001.ts",
                "s3://out-bucket/c/1/hls/720p/index.m3u8", "s3://out-bucket/c/1/hls/main.m3u8");
        assertThat(store.stat(new ObjectRef("out-bucket", "c/1/hls/main.m3u8"))).hasValueSatisfying(
                info -> assertThat(info.contentType()).isEqualTo("application/vnd.apple.mpegurl"));
    }

    @Test
    void refusesOutputsOutsideTheAllowedFoldersAndToHttp() throws IOException {
        Path file = Files.writeString(work.resolve("out.mp4"), "video");

        assertThatThrownBy(() -> writer.publish(file, new FileLocation(temp.resolve("elsewhere/out.mp4")), null))
                .isInstanceOf(LocationNotAllowedException.class)
                .hasMessageContaining("avengine.storage.inputs.file-roots");
        assertThatThrownBy(() -> writer.publish(file, new HttpLocation(URI.create("https://example.org/out.mp4")), null))
                .isInstanceOf(LocationNotAllowedException.class)
                .hasMessageContaining("as an output");
        assertThat(file).exists();
    }
}
