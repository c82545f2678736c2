package org.avengine.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.s3.S3Client;

class S3ObjectStoreTest {

    @TempDir
    static Path s3Folder;

    @TempDir
    Path work;

    static S3ProxyServer server;
    static S3Client client;
    static S3ObjectStore store;
    static final RecordedOperations operations = new RecordedOperations();

    @BeforeAll
    static void startS3() {
        server = S3ProxyServer.onDisk(s3Folder).createBucket("media").createBucket("other");
        client = S3Clients.builder(server.storageSettings(null, null))
                .overrideConfiguration(c -> c.addExecutionInterceptor(operations)).build();
        store = new S3ObjectStore(client, server.storageSettings(DataSize.ofMegabytes(5), DataSize.ofMegabytes(5)));
    }

    @AfterAll
    static void stopS3() throws Exception {
        store.close();
        server.close();
    }

    @Test
    void storesAndReadsSmallObjects() throws IOException {
        ObjectRef ref = new ObjectRef("media", "small/hello.txt");
        store.put(ref, "hello".getBytes(StandardCharsets.UTF_8), "text/plain");

        assertThat(store.exists(ref)).isTrue();
        assertThat(store.stat(ref)).hasValueSatisfying(info -> {
            assertThat(info.size()).isEqualTo(5);
            assertThat(info.contentType()).isEqualTo("text/plain");
            assertThat(info.eTag()).isNotBlank().doesNotStartWith("\"");
        });
        assertThat(store.localFile(ref)).isEmpty();
        try (InputStream in = store.open(ref, 0, -1)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hello");
        }
    }

    @Test
    void uploadsAFileLargerThanTheThresholdInParts() throws IOException {
        Path source = randomFile(work.resolve("big.mp4"), 12 * 1024 * 1024);
        ObjectRef ref = new ObjectRef("media", "big/video.mp4");

        long size = Files.size(source);

        operations.clear();

        store.upload(source, ref, "video/mp4");

        assertThat(operations.names()).containsExactly("CreateMultipartUpload", "UploadPart", "UploadPart",
                "UploadPart", "CompleteMultipartUpload");
        assertThat(store.stat(ref)).hasValueSatisfying(info -> assertThat(info.size()).isEqualTo(size));
        Path copy = work.resolve("downloaded.mp4");
        store.download(ref, copy);
        assertThat(copy).hasSameBinaryContentAs(source);
        assertThat(client.listMultipartUploads(b -> b.bucket("media")).uploads()).isEmpty();
    }

    @Test
    void abortsTheMultipartUploadWhenAPartFails() {
        Path vanished = work.resolve("vanished.mp4");
        ObjectRef ref = new ObjectRef("media", "aborted/video.mp4");
        S3MultipartUpload upload = new S3MultipartUpload(client, DataSize.ofMegabytes(5).toBytes());

        operations.clear();

        assertThatThrownBy(() -> upload.upload(vanished, 12 * 1024 * 1024, ref, "video/mp4"))
                .hasStackTraceContaining("vanished.mp4");

        assertThat(operations.names()).startsWith("CreateMultipartUpload").endsWith("AbortMultipartUpload");
        assertThat(client.listMultipartUploads(b -> b.bucket("media")).uploads()).isEmpty();
        assertThat(store.exists(ref)).isFalse();
    }

    @Test
    void readsAByteRange() throws IOException {
        ObjectRef ref = new ObjectRef("media", "range/digits.txt");
        store.put(ref, "0123456789".getBytes(StandardCharsets.UTF_8), "text/plain");

        try (InputStream in = store.open(ref, 3, 4)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("3456");
        }
        try (InputStream in = store.open(ref, 8, 100)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("89");
        }
    }

    @Test
    void listsCopiesAndDeletesByPrefix() {
        for (String key : new String[] {"c/s/1/b.mp4", "c/s/1/a.mp4", "c/s/1/hls/x.ts", "c/s/10/a.mp4"}) {
            store.put(new ObjectRef("media", key), new byte[] {1, 2, 3}, "video/mp4");
        }
        store.copy(new ObjectRef("media", "c/s/1/a.mp4"), new ObjectRef("other", "copies/a.mp4"));

        assertThat(store.list(new ObjectRef("media", "c/s/1/"))).extracting(info -> info.ref().key())
                .containsExactly("c/s/1/a.mp4", "c/s/1/b.mp4", "c/s/1/hls/x.ts");
        assertThat(store.stat(new ObjectRef("other", "copies/a.mp4"))).hasValueSatisfying(
                info -> assertThat(info.size()).isEqualTo(3));

        store.deletePrefix(new ObjectRef("media", "c/s/1/"));
        assertThat(store.list(new ObjectRef("media", "c/s/"))).extracting(info -> info.ref().key())
                .containsExactly("c/s/10/a.mp4");
    }

    @Test
    void reportsMissingObjectsAsNotFound() {
        ObjectRef missing = new ObjectRef("media", "nothing/here.mp4");

        assertThat(store.exists(missing)).isFalse();
        assertThat(store.stat(missing)).isEmpty();
        assertThatThrownBy(() -> store.download(missing, work.resolve("x")))
                .isInstanceOf(ObjectNotFoundException.class).hasMessageContaining("s3://media/nothing/here.mp4");
        assertThatThrownBy(() -> store.open(missing, 0, 10)).isInstanceOf(ObjectNotFoundException.class);
        assertThat(work.resolve("x")).doesNotExist();
        store.delete(missing);
    }

    @Test
    void reportsRefusedCredentialsAsAPermanentFailure() {
        StorageProperties.S3 wrong = new StorageProperties.S3(server.endpoint(), "us-east-1", true, "nobody",
                "wrong-secret", null, null);
        try (S3ObjectStore strange = new S3ObjectStore(S3Clients.create(wrong), wrong)) {
            assertThatThrownBy(() -> strange.put(new ObjectRef("media", "x.txt"), new byte[1], "text/plain"))
                    .isInstanceOfSatisfying(StorageException.class, e -> {
                        assertThat(e.isTransient()).isFalse();
                        assertThat(e).hasMessageContaining("s3://media/x.txt").hasMessageContaining("HTTP 403");
                    });
        }
    }

    @Test
    void reportsAnUnreachableServiceAsATransientFailure() {
        StorageProperties.S3 closed = new StorageProperties.S3(java.net.URI.create("http://127.0.0.1:1"), "us-east-1",
                true, "a", "b", null, null);
        try (S3ObjectStore unreachable = new S3ObjectStore(S3Clients.create(closed), closed)) {
            assertThatThrownBy(() -> unreachable.put(new ObjectRef("media", "x.txt"), new byte[1], "text/plain"))
                    .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.isTransient()).isTrue())
                    .hasMessageContaining("s3://media/x.txt");
        }
    }

    /** Records the name of every S3 operation the client starts. */
    static final class RecordedOperations implements ExecutionInterceptor {

        private final List<String> names = new CopyOnWriteArrayList<>();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            names.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
        }

        List<String> names() {
            return List.copyOf(names);
        }

        void clear() {
            names.clear();
        }
    }

    static Path randomFile(Path file, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return Files.write(file, bytes);
    }
}
