package org.avengine.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalObjectStoreTest {

    @TempDir
    Path root;

    @TempDir
    Path work;

    LocalObjectStore store() {
        return new LocalObjectStore(root);
    }

    @Test
    void storesAnObjectAsAFileUnderItsBucketFolder() throws IOException {
        ObjectRef ref = new ObjectRef("media", "c/1/poster.webp");

        store().put(ref, bytes("picture"), "image/webp");

        assertThat(root.resolve("media/c/1/poster.webp")).hasContent("picture");
        assertThat(store().exists(ref)).isTrue();
        assertThat(store().localFile(ref)).contains(root.resolve("media/c/1/poster.webp"));
        assertThat(store().stat(ref)).hasValueSatisfying(info -> {
            assertThat(info.size()).isEqualTo(7);
            assertThat(info.contentType()).isEqualTo("image/webp");
            assertThat(info.eTag()).isNotBlank();
        });
    }

    @Test
    void roundTripsUploadsDownloadsAndCopies() throws IOException {
        Path source = Files.writeString(work.resolve("in.mp4"), "video bytes");
        ObjectRef ref = new ObjectRef("media", "in/in.mp4");
        ObjectRef copy = new ObjectRef("other", "copies/in.mp4");

        store().upload(source, ref, "video/mp4");
        store().copy(ref, copy);
        store().download(copy, work.resolve("out/back.mp4"));

        assertThat(source).hasContent("video bytes");
        assertThat(work.resolve("out/back.mp4")).hasContent("video bytes");
        assertThat(store().stat(copy)).hasValueSatisfying(info -> assertThat(info.size()).isEqualTo(11));
    }

    @Test
    void changesTheETagWhenTheContentChanges() {
        ObjectRef ref = new ObjectRef("media", "a.txt");
        store().put(ref, bytes("one"), "text/plain");
        String first = store().stat(ref).orElseThrow().eTag();

        store().put(ref, bytes("three"), "text/plain");

        assertThat(store().stat(ref).orElseThrow().eTag()).isNotEqualTo(first);
        assertThat(store().stat(ref).orElseThrow().eTag()).isEqualTo(store().stat(ref).orElseThrow().eTag());
    }

    @Test
    void writesAtomicallyLeavingNoTemporaryFilesAndKeepingTheOldObjectOnFailure() throws IOException {
        ObjectRef ref = new ObjectRef("media", "c/1/video.mp4");
        store().put(ref, bytes("old"), "video/mp4");

        Path unreadable = work.resolve("missing.mp4");
        assertThatThrownBy(() -> store().upload(unreadable, ref, "video/mp4")).isInstanceOf(StorageException.class)
                .hasMessageContaining("missing.mp4");
        assertThatThrownBy(() -> store().copy(new ObjectRef("media", "nope.mp4"), ref))
                .isInstanceOf(ObjectNotFoundException.class);

        assertThat(root.resolve("media/c/1/video.mp4")).hasContent("old");
        try (Stream<Path> files = Files.list(root.resolve("media/c/1"))) {
            assertThat(files).containsExactly(root.resolve("media/c/1/video.mp4"));
        }
    }

    @Test
    void neverListsUnfinishedWrites() throws IOException {
        store().put(new ObjectRef("media", "c/a.mp4"), bytes("a"), "video/mp4");
        Files.writeString(root.resolve("media/c/" + AtomicFiles.TEMP_PREFIX + "123.part"), "half");

        assertThat(store().list(new ObjectRef("media", "c/"))).extracting(i -> i.ref().key()).containsExactly("c/a.mp4");
    }

    @Test
    void readsByteRanges() throws IOException {
        ObjectRef ref = new ObjectRef("media", "digits.txt");
        store().put(ref, bytes("0123456789"), "text/plain");

        assertThat(read(ref, 2, 3)).isEqualTo("234");
        assertThat(read(ref, 7, 100)).isEqualTo("789");
        assertThat(read(ref, 4, -1)).isEqualTo("456789");
        assertThat(read(ref, 10, 5)).isEmpty();
        assertThatThrownBy(() -> store().open(new ObjectRef("media", "none.txt"), 0, 1))
                .isInstanceOf(ObjectNotFoundException.class).hasMessageContaining("s3://media/none.txt");
    }

    @Test
    void listsByKeyPrefixInKeyOrderAndDeletesPrefixesWithTheirFolders() {
        for (String key : List.of("c/s/1/b.mp4", "c/s/1/a.mp4", "c/s/1/hls/x.ts", "c/s/10/a.mp4", "c/t/a.mp4")) {
            store().put(new ObjectRef("media", key), bytes(key), "video/mp4");
        }

        assertThat(store().list(new ObjectRef("media", "c/s/1"))).extracting(i -> i.ref().key())
                .containsExactly("c/s/1/a.mp4", "c/s/1/b.mp4", "c/s/1/hls/x.ts", "c/s/10/a.mp4");
        assertThat(store().list(new ObjectRef("media", "c/s/1/"))).hasSize(3);
        assertThat(store().list(new ObjectRef("media", "x/"))).isEmpty();

        store().deletePrefix(new ObjectRef("media", "c/s/1/"));

        assertThat(store().list(new ObjectRef("media", "c/"))).extracting(i -> i.ref().key())
                .containsExactly("c/s/10/a.mp4", "c/t/a.mp4");
        assertThat(root.resolve("media/c/s/1")).doesNotExist();
        assertThat(root.resolve("media/c/s")).isDirectory();
    }

    @Test
    void deletesObjectsAndToleratesMissingOnes() {
        ObjectRef ref = new ObjectRef("media", "gone.txt");
        store().put(ref, bytes("x"), "text/plain");

        store().delete(ref);
        store().delete(ref);

        assertThat(store().exists(ref)).isFalse();
        assertThat(store().stat(ref)).isEmpty();
    }

    @Test
    void refusesSymbolicLinksThatLeadOutOfTheRoot() throws IOException {
        Path outside = Files.createDirectories(work.resolve("secrets"));
        Files.writeString(outside.resolve("passwd"), "secret");
        Files.createDirectories(root.resolve("media"));
        Files.createSymbolicLink(root.resolve("media/escape"), outside);
        ObjectRef ref = new ObjectRef("media", "escape/passwd");

        assertThatThrownBy(() -> store().open(ref, 0, -1)).isInstanceOf(StorageException.class)
                .hasMessageContaining("outside the store root");
        assertThatThrownBy(() -> store().put(new ObjectRef("media", "escape/new"), bytes("x"), "text/plain"))
                .isInstanceOf(StorageException.class);
        assertThat(outside.resolve("new")).doesNotExist();
    }

    @Test
    void refusesToWriteAPrefixAsAnObject() {
        assertThatThrownBy(() -> store().put(new ObjectRef("media", "folder/"), bytes("x"), "text/plain"))
                .isInstanceOf(StorageException.class).hasMessageContaining("names a folder");
    }

    private String read(ObjectRef ref, long offset, long length) throws IOException {
        try (InputStream in = store().open(ref, offset, length)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
