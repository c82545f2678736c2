package org.avengine.transcode;

import java.util.Optional;

import org.springframework.stereotype.Component;

import tools.jackson.databind.node.ObjectNode;

/** Jobs in MediaConvert's wire shape (as GetJob returns them), for modules that show a job, such as the engine's {@code /metadata}. */
@Component
public class JobDescriptions {

    private final JobRepository jobs;
    private final JobView view;

    JobDescriptions(JobRepository jobs, JobView view) {
        this.jobs = jobs;
        this.view = view;
    }

    /** The job as GetJob shows it, or empty when there is no such job. */
    public Optional<ObjectNode> describe(String id) {
        if (!JobId.isWellFormed(id)) {
            return Optional.empty();
        }
        return jobs.findById(new JobId(id)).map(view::toWire);
    }
}
