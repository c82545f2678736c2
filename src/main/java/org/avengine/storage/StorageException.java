package org.avengine.storage;

/** A storage operation failed; {@link #isTransient()} tells whether retrying the same call can help. */
public class StorageException extends RuntimeException {

    private final boolean transientFailure;

    public StorageException(String message, boolean transientFailure) {
        this(message, transientFailure, null);
    }

    public StorageException(String message, boolean transientFailure, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    /**
     * True for failures a retry may cure (network errors, HTTP 5xx, throttling); false for those it
     * cannot (missing objects, access denied, bad configuration, refused locations).
     */
    public boolean isTransient() {
        return transientFailure;
    }
}
