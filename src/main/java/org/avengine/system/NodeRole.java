package org.avengine.system;

/** What a node does; a node has one role or both (the default). */
public enum NodeRole {
    /** Serves the transcode, engine and delivery APIs and the dashboard. */
    API,
    /** Claims and runs transcode jobs and asset ingests. */
    WORKER
}
