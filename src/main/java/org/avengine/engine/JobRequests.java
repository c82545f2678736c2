package org.avengine.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.mediaconvert.model.AudioSelector;
import software.amazon.awssdk.services.mediaconvert.model.CreateJobRequest;
import software.amazon.awssdk.services.mediaconvert.model.FileGroupSettings;
import software.amazon.awssdk.services.mediaconvert.model.Input;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import software.amazon.awssdk.services.mediaconvert.model.Output;
import software.amazon.awssdk.services.mediaconvert.model.OutputGroup;
import software.amazon.awssdk.services.mediaconvert.model.OutputGroupSettings;

/** The MediaConvert CreateJob request for a {@link TranscodeOrder}, the same for every {@link Transcoder} adapter. */
final class JobRequests {

    private JobRequests() {
    }

    /** The CreateJob request for an order: one input, one file group, one output per preset. */
    static CreateJobRequest of(TranscodeOrder order) {
        List<Output> outputs = new ArrayList<>();
        for (int i = 0; i < order.presets().size(); i++) {
            Preset preset = order.presets().get(i);
            outputs.add(preset.output().toBuilder().nameModifier(TranscodeOrder.nameModifier(i)).extension(preset.extension()).build());
        }
        Input input = Input.builder().fileInput(order.input())
                .audioSelectors(Map.of("Audio Selector 1", AudioSelector.builder().defaultSelection("DEFAULT").build())).build();
        OutputGroup group = OutputGroup.builder().name("File Group").outputs(outputs)
                .outputGroupSettings(OutputGroupSettings.builder().type("FILE_GROUP_SETTINGS")
                        .fileGroupSettings(FileGroupSettings.builder().destination(order.destination()).build()).build())
                .build();
        return CreateJobRequest.builder().settings(JobSettings.builder().inputs(input).outputGroups(group).build())
                .userMetadata(order.userMetadata()).build();
    }
}
