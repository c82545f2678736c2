package org.avengine.engine;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * What the engine reads from a final "MediaConvert Job State Change" event: the job, its asset (from
 * {@code userMetadata}), its status, its error, and each output's first file, duration and size.
 */
record CompletedJob(String jobId, String status, String dlcsId, String ingestToken, Integer errorCode,
        String errorMessage, List<OutputFile> outputs) {

    /** One output of the job's file group, in the order of the job's outputs. */
    record OutputFile(String location, Long durationMs, Integer width, Integer height) {
    }

    boolean isComplete() {
        return "COMPLETE".equals(status);
    }

    /** The job an event tells of, when it is a final event of a job the engine made; else null. */
    static CompletedJob from(JsonNode event) {
        JsonNode detail = event.path("detail");
        String status = detail.path("status").asString("");
        JsonNode metadata = detail.path("userMetadata");
        if (!List.of("COMPLETE", "ERROR", "CANCELED").contains(status) || !metadata.hasNonNull("dlcsId")) {
            return null;
        }
        return new CompletedJob(detail.path("jobId").asString(), status, metadata.get("dlcsId").asString(),
                metadata.path("jobId").asString(""), detail.hasNonNull("errorCode") ? detail.get("errorCode").asInt() : null,
                detail.path("errorMessage").asString(null), outputs(detail.path("outputGroupDetails")));
    }

    private static List<OutputFile> outputs(JsonNode groups) {
        List<OutputFile> outputs = new ArrayList<>();
        for (JsonNode group : groups) {
            for (JsonNode output : group.path("outputDetails")) {
                JsonNode video = output.path("videoDetails");
                outputs.add(new OutputFile(output.path("outputFilePaths").path(0).asString(null),
                        output.hasNonNull("durationInMs") ? output.get("durationInMs").asLong() : null,
                        video.hasNonNull("widthInPx") ? video.get("widthInPx").asInt() : null,
                        video.hasNonNull("heightInPx") ? video.get("heightInPx").asInt() : null));
            }
        }
        return outputs;
    }
}
