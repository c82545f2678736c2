package org.avengine.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.mediaconvert.model.AudioSelector;
import software.amazon.awssdk.services.mediaconvert.model.CreateJobRequest;
import software.amazon.awssdk.services.mediaconvert.model.FileGroupSettings;
import software.amazon.awssdk.services.mediaconvert.model.HlsGroupSettings;
import software.amazon.awssdk.services.mediaconvert.model.Input;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import software.amazon.awssdk.services.mediaconvert.model.Output;
import software.amazon.awssdk.services.mediaconvert.model.OutputGroup;
import software.amazon.awssdk.services.mediaconvert.model.OutputGroupSettings;

/**
 * The MediaConvert CreateJob request for a {@link TranscodeOrder}, the same for every {@link Transcoder}
 * adapter. Outputs name their transcoder preset ({@code Output.preset}) and carry only the extension
 * and name modifier, as a job against AWS MediaConvert does.
 */
final class JobRequests {

    /** Length of HLS segments in seconds, as Apple's authoring guidelines recommend. */
    static final int SEGMENT_SECONDS = 6;

    private JobRequests() {
    }

    /**
     * The CreateJob request for an order: one input; one file group with an output per file preset,
     * then one HLS group per HLS preset with a rendition per transcoder preset, in the order's order.
     */
    static CreateJobRequest of(TranscodeOrder order) {
        List<Output> files = new ArrayList<>();
        List<OutputGroup> groups = new ArrayList<>();
        for (int i = 0; i < order.presets().size(); i++) {
            Preset preset = order.presets().get(i);
            if (preset.isStreaming()) {
                groups.add(hls(preset, order.streamDestination(i)));
            } else {
                files.add(Output.builder().preset(preset.transcoderPresets().get(0))
                        .nameModifier(TranscodeOrder.nameModifier(i)).extension(preset.extension()).build());
            }
        }
        if (!files.isEmpty()) {
            groups.add(0, OutputGroup.builder().name("File Group").outputs(files)
                    .outputGroupSettings(OutputGroupSettings.builder().type("FILE_GROUP_SETTINGS")
                            .fileGroupSettings(FileGroupSettings.builder().destination(order.destination()).build()).build())
                    .build());
        }
        Input input = Input.builder().fileInput(order.input())
                .audioSelectors(Map.of("Audio Selector 1", AudioSelector.builder().defaultSelection("DEFAULT").build())).build();
        return CreateJobRequest.builder().settings(JobSettings.builder().inputs(input).outputGroups(groups).build())
                .userMetadata(order.userMetadata()).build();
    }

    private static OutputGroup hls(Preset preset, String destination) {
        List<Output> renditions = new ArrayList<>();
        for (int r = 0; r < preset.transcoderPresets().size(); r++) {
            renditions.add(Output.builder().preset(preset.transcoderPresets().get(r)).nameModifier(TranscodeOrder.nameModifier(r)).build());
        }
        return OutputGroup.builder().name("HLS " + preset.name()).outputs(renditions)
                .outputGroupSettings(OutputGroupSettings.builder().type("HLS_GROUP_SETTINGS")
                        .hlsGroupSettings(HlsGroupSettings.builder().destination(destination)
                                .segmentLength(SEGMENT_SECONDS).minSegmentLength(0).build()).build())
                .build();
    }
}
