package org.avengine.storage;

/** The object, file or URL a location names does not exist. */
public class ObjectNotFoundException extends StorageException {

    public ObjectNotFoundException(String location) {
        this(location, null);
    }

    public ObjectNotFoundException(String location, Throwable cause) {
        super("Not found: " + location, false, cause);
    }
}
