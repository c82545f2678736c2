package org.avengine.engine;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * What the engine reads from a final "MediaConvert Job State Change" event: the job, its asset (from
 * {@code userMetadata}), its status, its error, each file output's first file, duration and size, and
 * each HLS group's multivariant playlist and renditions.
 *
 * @param files the outputs of the job's file group, in the order of the job's outputs
 * @param streams the job's HLS (and other streaming) groups, in the order of the job's groups
 */
record CompletedJob(String jobId, String status, String dlcsId, String ingestToken, Integer errorCode,
        String errorMessage, List<OutputFile> files, List<Stream> streams) {

    /** One output: its first file, duration and picture size. */
    record OutputFile(String location, Long durationMs, Integer width, Integer height) {
    }

    /** A streaming group: its multivariant playlist (null when the event names none) and its renditions. */
    record Stream(String playlist, List<OutputFile> renditions) {
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
        List<OutputFile> files = new ArrayList<>();
        List<Stream> streams = new ArrayList<>();
        for (JsonNode group : detail.path("outputGroupDetails")) {
            List<OutputFile> outputs = outputs(group.path("outputDetails"));
            String playlist = group.path("playlistFilePaths").path(0).asString(null);
            String type = group.path("type").asString("");
            if ("FILE_GROUP".equals(type) || type.isEmpty() && playlist == null) {
                files.addAll(outputs);
            } else {
                streams.add(new Stream(playlist, outputs));
            }
        }
        return new CompletedJob(detail.path("jobId").asString(), status, metadata.get("dlcsId").asString(),
                metadata.path("jobId").asString(""), detail.hasNonNull("errorCode") ? detail.get("errorCode").asInt() : null,
                detail.path("errorMessage").asString(null), files, streams);
    }

    private static List<OutputFile> outputs(JsonNode details) {
        List<OutputFile> outputs = new ArrayList<>();
        for (JsonNode output : details) {
            JsonNode video = output.path("videoDetails");
            outputs.add(new OutputFile(output.path("outputFilePaths").path(0).asString(null),
                    output.hasNonNull("durationInMs") ? output.get("durationInMs").asLong() : null,
                    video.hasNonNull("widthInPx") ? video.get("widthInPx").asInt() : null,
                    video.hasNonNull("heightInPx") ? video.get("heightInPx").asInt() : null));
        }
        return outputs;
    }
}
