package org.avengine.transcode;

import org.avengine.transcode.wire.SdkJson;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.services.mediaconvert.model.CreateJobRequest;
import software.amazon.awssdk.services.mediaconvert.model.Timing;
import tools.jackson.databind.node.ObjectNode;

/**
 * A job as the MediaConvert API shows it. The shape comes from the AWS SDK's own {@code Job} model,
 * so every member has its wire name; {@code outputGroupDetails} carries the output file paths too.
 */
@Component
class JobView {

    private final SdkJson sdkJson;
    private final JobEvents events;
    private final TranscodeProperties properties;

    JobView(SdkJson sdkJson, JobEvents events, TranscodeProperties properties) {
        this.sdkJson = sdkJson;
        this.events = events;
        this.properties = properties;
    }

    ObjectNode toWire(Job job) {
        CreateJobRequest request = job.request();
        var builder = software.amazon.awssdk.services.mediaconvert.model.Job.builder()
                .id(job.id().value())
                .arn(job.arn())
                .status(job.status().name())
                .currentPhase(job.phase() == null ? null : job.phase().name())
                .jobPercentComplete(job.percentComplete())
                .createdAt(job.createdAt())
                .timing(Timing.builder().submitTime(job.createdAt()).startTime(job.startedAt())
                        .finishTime(job.finishedAt()).build())
                .queue(properties.arn("queues", job.queue()))
                .priority(job.priority())
                .retryCount(job.retryCount())
                .role(request.role())
                .userMetadata(request.userMetadata())
                .settings(request.settings())
                .jobTemplate(request.jobTemplate())
                .statusUpdateInterval(request.statusUpdateIntervalAsString())
                .billingTagsSource(request.billingTagsSourceAsString())
                .clientRequestToken(request.clientRequestToken())
                .accelerationStatus("NOT_APPLICABLE");
        if (job.failure() != null) {
            builder.errorCode(job.failure().code()).errorMessage(job.failure().message());
        }
        ObjectNode wire = sdkJson.write(builder.build());
        if (!job.outputGroups().isEmpty()) {
            wire.set("outputGroupDetails", events.outputGroupDetails(job.outputGroups()));
        }
        if (job.nodeId() != null) {
            wire.put("nodeId", job.nodeId());
        }
        return wire;
    }
}
