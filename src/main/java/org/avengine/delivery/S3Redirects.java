package org.avengine.delivery;

import java.net.URI;
import java.util.Optional;

import org.avengine.storage.ObjectRef;
import org.avengine.storage.PresignedUrls;
import org.springframework.stereotype.Component;

/**
 * Whether a GET under {@code /iiif-av/} is answered with 302 to a presigned URL of the S3 store
 * ({@code avengine.delivery.s3.redirect}), and where to. HEAD is always answered here: a presigned
 * URL is signed for GET only.
 */
@Component
class S3Redirects {

    private final PresignedUrls urls;
    private final DeliveryProperties.S3 settings;

    S3Redirects(PresignedUrls urls, DeliveryProperties properties) {
        this.urls = urls;
        this.settings = properties.s3();
    }

    /** The URL to redirect a {@code method} request for {@code ref} to; empty to answer it here. */
    Optional<URI> target(String method, ObjectRef ref) {
        if (!settings.redirect() || !"GET".equals(method)) {
            return Optional.empty();
        }
        return urls.get(ref, settings.redirectExpiry());
    }
}
