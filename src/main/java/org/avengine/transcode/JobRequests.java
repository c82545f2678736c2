package org.avengine.transcode;

import org.springframework.stereotype.Component;

import software.amazon.awssdk.services.mediaconvert.model.CreateJobRequest;

/**
 * Turns a CreateJob request into the job to store: laid over its job template, its outputs given
 * their presets' settings, checked, and placed in an existing queue with its priority.
 */
@Component
class JobRequests {

    private final JobTemplateService templates;
    private final PresetResolver presets;
    private final QueueService queues;
    private final JobRequestValidator validator;

    JobRequests(JobTemplateService templates, PresetResolver presets, QueueService queues, JobRequestValidator validator) {
        this.templates = templates;
        this.presets = presets;
        this.queues = queues;
        this.validator = validator;
    }

    PreparedJob prepare(CreateJobRequest request) {
        CreateJobRequest effective = request.jobTemplate() == null ? request : templates.applyTo(request);
        if (effective.settings() != null) {
            effective = effective.toBuilder().settings(presets.resolve(effective.settings())).build();
        }
        validator.validate(effective);
        String queue = queues.existing(effective.queue(), "queue");
        return new PreparedJob(effective, queue, effective.priority() == null ? 0 : effective.priority());
    }

    /** A request with everything it refers to resolved, and the queue and priority it runs with. */
    record PreparedJob(CreateJobRequest request, String queue, int priority) {
    }
}
