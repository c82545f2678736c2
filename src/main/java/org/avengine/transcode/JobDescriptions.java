package org.avengine.transcode;

import java.util.Optional;

import org.avengine.transcode.wire.SdkJson;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.services.mediaconvert.model.Job;
import tools.jackson.databind.node.ObjectNode;

/** Jobs in MediaConvert's wire shape (as GetJob returns them), for modules that show a job, such as the engine's {@code /metadata}. */
@Component
public class JobDescriptions {

    private final JobRepository jobs;
    private final JobView view;
    private final SdkJson sdkJson;

    JobDescriptions(JobRepository jobs, JobView view, SdkJson sdkJson) {
        this.jobs = jobs;
        this.view = view;
        this.sdkJson = sdkJson;
    }

    /** The job as GetJob shows it, or empty when there is no such job. */
    public Optional<ObjectNode> describe(String id) {
        if (!JobId.isWellFormed(id)) {
            return Optional.empty();
        }
        return jobs.findById(new JobId(id)).map(view::toWire);
    }

    /** A job another MediaConvert returned through the AWS SDK, in the same wire shape. */
    public ObjectNode toWire(Job job) {
        return sdkJson.write(job);
    }
}
