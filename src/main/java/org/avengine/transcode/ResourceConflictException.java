package org.avengine.transcode;

/** A preset, job template or queue cannot be created, changed or deleted as asked, as things stand. */
public class ResourceConflictException extends RuntimeException {

    ResourceConflictException(String message) {
        super(message);
    }
}
