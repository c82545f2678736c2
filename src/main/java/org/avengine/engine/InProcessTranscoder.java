package org.avengine.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.avengine.transcode.JobDescriptions;
import org.avengine.transcode.JobService;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.services.mediaconvert.model.AudioSelector;
import software.amazon.awssdk.services.mediaconvert.model.CreateJobRequest;
import software.amazon.awssdk.services.mediaconvert.model.FileGroupSettings;
import software.amazon.awssdk.services.mediaconvert.model.Input;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import software.amazon.awssdk.services.mediaconvert.model.Output;
import software.amazon.awssdk.services.mediaconvert.model.OutputGroup;
import software.amazon.awssdk.services.mediaconvert.model.OutputGroupSettings;
import tools.jackson.databind.JsonNode;

/** The {@link Transcoder} on avengine's own transcoder, called in process through {@link JobService}. */
@Component
class InProcessTranscoder implements Transcoder {

    private final JobService jobs;
    private final JobDescriptions descriptions;

    InProcessTranscoder(JobService jobs, JobDescriptions descriptions) {
        this.jobs = jobs;
        this.descriptions = descriptions;
    }

    @Override
    public String submit(TranscodeOrder order) {
        return jobs.create(request(order)).id().value();
    }

    @Override
    public Optional<JsonNode> describe(String jobId) {
        return descriptions.describe(jobId).map(JsonNode.class::cast);
    }

    /** The CreateJob request for an order: one input, one file group, one output per preset. */
    static CreateJobRequest request(TranscodeOrder order) {
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
