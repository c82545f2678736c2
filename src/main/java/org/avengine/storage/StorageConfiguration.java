package org.avengine.storage;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Creates the {@link ObjectStore} that {@code avengine.storage.type} selects, and its {@link PresignedUrls}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
class StorageConfiguration {

    @Bean
    ObjectStore objectStore(StorageProperties properties) {
        return switch (properties.type()) {
            case LOCAL -> new LocalObjectStore(properties.local().root());
            case S3 -> new S3ObjectStore(S3Clients.create(properties.s3()), properties.s3());
        };
    }

    @Bean
    PresignedUrls presignedUrls(StorageProperties properties) {
        return properties.type() == StorageProperties.Type.S3 ? PresignedUrls.of(properties.s3()) : PresignedUrls.none();
    }
}
