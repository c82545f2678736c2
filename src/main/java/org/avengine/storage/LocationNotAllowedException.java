package org.avengine.storage;

/** A location string was refused: its scheme or path is not one avengine is configured to use. */
public class LocationNotAllowedException extends StorageException {

    public LocationNotAllowedException(String message) {
        super(message, false);
    }
}
