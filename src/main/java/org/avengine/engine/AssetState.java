package org.avengine.engine;

/** Where an asset is in its ingest. */
enum AssetState {
    /** Registered or re-registered; waiting for a node to ingest it. */
    QUEUED,
    /** A node is copying its origin and submitting its transcode job. */
    INGESTING,
    /** Its transcode job was submitted; the completion handler finishes it. */
    TRANSCODING,
    /** Finished, with its transcodes, or with an error. */
    DONE
}
