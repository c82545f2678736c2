package org.avengine.transcode;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import software.amazon.awssdk.services.mediaconvert.model.CreateJobRequest;
import tools.jackson.databind.JsonNode;

/** The transcoder's entry point: create, read, list and cancel jobs. */
@Service
public class JobService {

    private static final Logger log = LoggerFactory.getLogger(JobService.class);
    static final String DEFAULT_QUEUE = "Default";

    private final JobRepository jobs;
    private final JobRequests requests;
    private final TranscodeProperties properties;
    private final JobLifecycle lifecycle;
    private final Clock clock = Clock.systemUTC();

    JobService(JobRepository jobs, JobLifecycle lifecycle, JobRequests requests, TranscodeProperties properties) {
        this.lifecycle = lifecycle;
        this.jobs = jobs;
        this.requests = requests;
        this.properties = properties;
    }

    /**
     * Validates and queues a job, laid over its job template and with its outputs' presets applied,
     * in the queue it names. A repeated client request token returns the job created first
     * instead of a new one, as MediaConvert's idempotent CreateJob does.
     */
    public Job create(CreateJobRequest request) {
        String token = request.clientRequestToken();
        if (token != null) {
            var existing = jobs.findByClientRequestToken(token);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        var prepared = requests.prepare(request);
        Instant now = clock.instant();
        JobId id = JobId.newId(now);
        Job job = new Job(id, properties.arn("jobs", id.value()), prepared.queue(), prepared.priority(),
                prepared.request(), now, 0);
        if (!lifecycle.submit(job, token)) {
            return jobs.findByClientRequestToken(token).orElseThrow();
        }
        log.info("Job {} submitted", id);
        return job;
    }

    public Job get(String id) {
        if (!JobId.isWellFormed(id)) {
            throw new JobNotFoundException(id);
        }
        return jobs.findById(new JobId(id)).orElseThrow(() -> new JobNotFoundException(id));
    }

    /** A page of jobs and the id of the last one when more follow. */
    public JobPage list(JobStatus status, String queue, boolean ascending, int maxResults, String afterJobId) {
        long cursor = afterJobId == null ? (ascending ? 0 : Long.MAX_VALUE) : jobs.sequenceOf(new JobId(afterJobId));
        List<Job> page = jobs.page(new JobQuery(status, queue, ascending, maxResults, cursor));
        if (page.size() > maxResults) {
            List<Job> shown = page.subList(0, maxResults);
            return new JobPage(List.copyOf(shown), shown.get(maxResults - 1).id());
        }
        return new JobPage(page, null);
    }

    /** Cancels a job that has not finished; a running job's worker stops ffmpeg and deletes partial outputs. */
    public void cancel(String id) {
        lifecycle.change(get(id).id(), job -> job.cancel(clock.instant()));
        log.info("Job {} canceled", id);
    }

    /** The state-change events of a job, oldest first, in EventBridge's shape. */
    public List<JsonNode> events(JobId id) {
        return lifecycle.events(id);
    }

    /** A page of ListJobs. */
    public record JobPage(List<Job> jobs, JobId lastId) {
    }
}
