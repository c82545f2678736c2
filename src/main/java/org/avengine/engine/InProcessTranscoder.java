package org.avengine.engine;

import java.util.Optional;

import org.avengine.transcode.JobDescriptions;
import org.avengine.transcode.JobService;
import org.avengine.transcode.JobStateChanged;
import org.avengine.transcode.KnownPresets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * The {@link Transcoder} on avengine's own transcoder, called in process through {@link JobService};
 * its job events arrive in process too ({@link JobStateChanged}, from the outbox) and go to
 * {@link TranscodeCompletion}. A listener that throws gets the event again.
 */
@Component
@ConditionalOnProperty(name = "avengine.engine.transcoder", havingValue = EngineProperties.IN_PROCESS, matchIfMissing = true)
class InProcessTranscoder implements Transcoder {

    private final JobService jobs;
    private final JobDescriptions descriptions;
    private final KnownPresets presets;

    InProcessTranscoder(JobService jobs, JobDescriptions descriptions, KnownPresets presets) {
        this.jobs = jobs;
        this.descriptions = descriptions;
        this.presets = presets;
    }

    /** The in-process job events, handed to the completion handler (its own bean: completion needs the presets, which need this transcoder). */
    @Component
    @ConditionalOnProperty(name = "avengine.engine.transcoder", havingValue = EngineProperties.IN_PROCESS, matchIfMissing = true)
    static class Completions {

        private final TranscodeCompletion completion;

        Completions(TranscodeCompletion completion) {
            this.completion = completion;
        }

        @EventListener
        void on(JobStateChanged event) {
            completion.accept(event.event());
        }
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
