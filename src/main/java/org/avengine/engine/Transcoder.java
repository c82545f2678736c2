package org.avengine.engine;

import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * The engine's port to a MediaConvert-compatible transcoder: avengine's own, in process, by default.
 * Completion arrives separately, as a "MediaConvert Job State Change" event (see {@link TranscodeCompletion}).
 */
interface Transcoder {

    /** Submits one job that makes every output of the order; returns the job's id. */
    String submit(TranscodeOrder order);

    /** The job in MediaConvert's shape (GetJob's {@code job}), or empty when the transcoder does not know it. */
    Optional<JsonNode> describe(String jobId);

    /** Whether a job's output may name this preset (a system preset or a custom one the transcoder holds). */
    boolean knowsPreset(String name);
}
