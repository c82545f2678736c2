package org.avengine.transcode;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What one output group produced, in the shape of MediaConvert's {@code outputGroupDetails} entry
 * in the COMPLETE event (file paths, duration, picture size), which avengine also returns in GetJob.
 *
 * @param type FILE_GROUP, HLS_GROUP, DASH_ISO_GROUP, CMAF_GROUP
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OutputGroupResult(String type, List<String> playlistFilePaths, List<OutputResult> outputDetails) {

    public OutputGroupResult {
        playlistFilePaths = playlistFilePaths == null ? List.of() : List.copyOf(playlistFilePaths);
        outputDetails = List.copyOf(outputDetails);
    }

    /** One output: its files, its duration, and its picture size (absent for audio-only outputs). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OutputResult(List<String> outputFilePaths, Long durationInMs, VideoDetails videoDetails) {

        public OutputResult {
            outputFilePaths = List.copyOf(outputFilePaths);
        }
    }

    /** Picture size of an output. */
    public record VideoDetails(Integer widthInPx, Integer heightInPx) {
    }
}
