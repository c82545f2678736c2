package org.avengine.engine;

import java.util.Optional;

import org.avengine.transcode.JobDescriptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.mediaconvert.MediaConvertClient;
import software.amazon.awssdk.services.mediaconvert.model.CreateJobRequest;
import software.amazon.awssdk.services.mediaconvert.model.NotFoundException;
import tools.jackson.databind.JsonNode;

/**
 * The {@link Transcoder} on the AWS SDK's {@link MediaConvertClient}: AWS Elemental MediaConvert or
 * another avengine. Jobs carry the configured role and queue; completions arrive on SQS
 * ({@link MediaConvertCompletions}). The SDK fills CreateJob's idempotency token, so its retries make no
 * second job.
 */
@Component
@ConditionalOnProperty(name = "avengine.engine.transcoder", havingValue = EngineProperties.MEDIACONVERT)
class MediaConvertTranscoder implements Transcoder, DisposableBean {

    private final MediaConvertProperties settings;
    private final JobDescriptions descriptions;
    private final MediaConvertClient client;

    MediaConvertTranscoder(MediaConvertProperties settings, JobDescriptions descriptions) {
        this.settings = settings.requireComplete();
        this.descriptions = descriptions;
        this.client = settings.mediaConvertAccess().configure(MediaConvertClient.builder()).build();
    }

    @Override
    public String submit(TranscodeOrder order) {
        CreateJobRequest request = JobRequests.of(order).toBuilder().role(settings.role()).queue(settings.queueOrNull()).build();
        return client.createJob(request).job().id();
    }

    @Override
    public Optional<JsonNode> describe(String jobId) {
        try {
            return Optional.of(descriptions.toWire(client.getJob(r -> r.id(jobId)).job()));
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw new EngineException(HttpStatus.BAD_GATEWAY, "The transcoder did not describe job " + jobId + ": " + e.getMessage());
        }
    }

    /**
     * Every name: a remote MediaConvert may not be reachable while this node starts (it may even be this
     * node), so its presets are not looked up then. A friendly preset naming a preset the remote lacks
     * fails when its job is created, and the asset ends with that error.
     */
    @Override
    public boolean knowsPreset(String name) {
        return true;
    }

    @Override
    public void destroy() {
        client.close();
    }
}
