package org.avengine.engine;

import java.util.Optional;

import org.avengine.transcode.JobDescriptions;
import org.avengine.transcode.JobService;
import org.avengine.transcode.KnownPresets;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/** The {@link Transcoder} on avengine's own transcoder, called in process through {@link JobService}. */
@Component
class InProcessTranscoder implements Transcoder {

    private final JobService jobs;
    private final JobDescriptions descriptions;
    private final KnownPresets presets;

    InProcessTranscoder(JobService jobs, JobDescriptions descriptions, KnownPresets presets) {
        this.jobs = jobs;
        this.descriptions = descriptions;
        this.presets = presets;
    }

    @Override
    public String submit(TranscodeOrder order) {
        return jobs.create(JobRequests.of(order)).id().value();
    }

    @Override
    public Optional<JsonNode> describe(String jobId) {
        return descriptions.describe(jobId).map(JsonNode.class::cast);
    }

    @Override
    public boolean knowsPreset(String name) {
        return presets.contains(name);
    }
}
