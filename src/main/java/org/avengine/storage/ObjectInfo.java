package org.avengine.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * What a store knows about one object.
 *
 * @param ref where the object is
 * @param size its length in bytes
 * @param lastModified when it was last written
 * @param eTag an opaque version tag without surrounding quotes; it changes when the content changes
 * @param contentType its media type, or {@code null} where the store does not report one (S3 listings)
 */
public record ObjectInfo(ObjectRef ref, long size, Instant lastModified, String eTag, String contentType) {

    public ObjectInfo {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(eTag, "eTag");
    }
}
