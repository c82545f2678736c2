package org.avengine.transcode;

/** Where a job is in its life, with MediaConvert's names. */
public enum JobStatus {
    /** Accepted and waiting in its queue for a worker. */
    SUBMITTED,
    /** A worker holds it: probing, transcoding or uploading. */
    PROGRESSING,
    /** Every output was written; final. */
    COMPLETE,
    /** Stopped on request; partial outputs were deleted; final. */
    CANCELED,
    /** Failed with an error code and message; final. */
    ERROR;

    boolean isFinal() {
        return this == COMPLETE || this == CANCELED || this == ERROR;
    }
}
