package org.avengine.storage;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Time-limited GET URLs for objects of the S3 store, signed with the store's own credentials, so that
 * a client can fetch (with ranges) from the service directly. The local store has none.
 */
public final class PresignedUrls implements AutoCloseable {

    private final S3Presigner presigner;

    private PresignedUrls(S3Presigner presigner) {
        this.presigner = presigner;
    }

    static PresignedUrls none() {
        return new PresignedUrls(null);
    }

    static PresignedUrls of(StorageProperties.S3 settings) {
        return new PresignedUrls(S3Clients.presigner(settings));
    }

    /** A GET URL for {@code ref} valid for {@code expiry}; empty when the store cannot give one. */
    public Optional<URI> get(ObjectRef ref, Duration expiry) {
        if (presigner == null) {
            return Optional.empty();
        }
        var request = presigner.presignGetObject(p -> p.signatureDuration(expiry)
                .getObjectRequest(g -> g.bucket(ref.bucket()).key(ref.key())));
        return Optional.of(URI.create(request.url().toString()));
    }

    @Override
    public void close() {
        if (presigner != null) {
            presigner.close();
        }
    }
}
