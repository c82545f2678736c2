package org.avengine.transcode;

/** A job was asked to move to a status it cannot reach from where it is. */
public class IllegalJobTransitionException extends RuntimeException {

    IllegalJobTransitionException(JobId id, JobStatus from, String action) {
        super("Job " + id + " is " + from + " and cannot " + action);
    }
}
