package org.avengine.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

class StorageConfigurationTest {

    @TempDir
    Path root;

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(StorageConfiguration.class, Locations.class, InputFetcher.class, OutputWriter.class);

    @Test
    void usesTheLocalStoreByDefault() {
        context.withPropertyValues("avengine.storage.local.root=" + root).run(app -> {
            assertThat(app).hasSingleBean(LocalObjectStore.class).hasSingleBean(InputFetcher.class)
                    .hasSingleBean(OutputWriter.class);
            StorageProperties properties = app.getBean(StorageProperties.class);
            assertThat(properties.type()).isEqualTo(StorageProperties.Type.LOCAL);
            assertThat(properties.s3().pathStyle()).isTrue();
            assertThat(properties.s3().region()).isEqualTo("us-east-1");
            assertThat(properties.s3().multipartThreshold()).isEqualTo(DataSize.ofMegabytes(64));
            assertThat(properties.inputs().fileRoots()).isEmpty();
            assertThat(properties.inputs().allowHttps()).isFalse();
            assertThat(properties.inputs().maxDownloadSize()).isEqualTo(DataSize.ofGigabytes(50));
        });
    }

    @Test
    void usesTheS3StoreWhenConfigured() throws Exception {
        try (S3ProxyServer s3 = S3ProxyServer.inMemory().createBucket("media")) {
            context.withPropertyValues(s3.springProperties().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new)).run(app -> {
                        ObjectStore store = app.getBean(ObjectStore.class);
                        assertThat(store).isInstanceOf(S3ObjectStore.class);
                        store.put(new ObjectRef("media", "hello.txt"), new byte[] {1}, "text/plain");
                        assertThat(store.exists(new ObjectRef("media", "hello.txt"))).isTrue();
                    });
        }
    }

    @Test
    void refusesHalfConfiguredCredentials() {
        context.withPropertyValues("avengine.storage.s3.access-key=only-this").run(app -> assertThat(app)
                .hasFailed().getFailure().hasStackTraceContaining("Set both avengine.storage.s3.access-key and secret-key"));
    }
}
