package org.avengine.transcode;

/** No preset, job template or queue has the given name. */
public class ResourceNotFoundException extends RuntimeException {

    ResourceNotFoundException(String kind, String name) {
        super("The specified " + kind + " " + name + " does not exist.");
    }

    /** A reference from a request to something that does not exist, with the field that names it. */
    ResourceNotFoundException(String message) {
        super(message);
    }
}
