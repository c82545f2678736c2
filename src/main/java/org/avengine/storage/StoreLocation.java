package org.avengine.storage;

import java.util.Objects;

/** An object in the configured object store, written {@code s3://bucket/key}. */
public record StoreLocation(ObjectRef ref) implements Location {

    public StoreLocation {
        Objects.requireNonNull(ref, "ref");
    }
}
