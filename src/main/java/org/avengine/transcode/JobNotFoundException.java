package org.avengine.transcode;

/** No job has the given id. */
public class JobNotFoundException extends RuntimeException {

    public JobNotFoundException(String id) {
        super("The specified job " + id + " does not exist.");
    }
}
