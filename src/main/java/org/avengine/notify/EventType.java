package org.avengine.notify;

/** What a subscription can ask for. */
enum EventType {
    /** A transcode job was created. */
    JOB_SUBMITTED,
    /** A worker started a job. */
    JOB_PROGRESSING,
    /** A job's progress, at its status update interval. */
    JOB_STATUS_UPDATE,
    /** A job finished with its outputs. */
    JOB_COMPLETE,
    /** A job failed; the event carries errorCode and errorMessage. */
    JOB_ERROR,
    /** A job was canceled. */
    JOB_CANCELED,
    /** An asset's ingest finished with its transcodes. */
    ASSET_FINISHED,
    /** An asset's ingest ended with an error. */
    ASSET_FAILED
}
