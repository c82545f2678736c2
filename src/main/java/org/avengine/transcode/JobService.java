package org.avengine.transcode;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import software.amazon.awssdk.services.mediaconvert.model.CreateJobRequest;
import tools.jackson.databind.JsonNode;

/** The transcoder's entry point: create, read, list and cancel jobs. */
@Service
public class JobService {

    private static final Logger log = LoggerFactory.getLogger(JobService.class);
    static final String DEFAULT_QUEUE = "Default";

    private final JobRepository jobs;
    private final JobEvents events;
    private final TransactionTemplate transactions;
    private final JobRequestValidator validator;
    private final TranscodeProperties properties;
    private final Clock clock = Clock.systemUTC();

    JobService(JobRepository jobs, JobEvents events, TransactionTemplate transactions,
            JobRequestValidator validator, TranscodeProperties properties) {
        this.jobs = jobs;
        this.events = events;
        this.transactions = transactions;
        this.validator = validator;
        this.properties = properties;
    }

    /**
     * Validates and queues a job. A repeated client request token returns the job created first
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
        validator.validate(request);
        Instant now = clock.instant();
        JobId id = JobId.newId(now);
        int priority = request.priority() == null ? 0 : request.priority();
        Job job = new Job(id, properties.arn("jobs", id.value()), DEFAULT_QUEUE, priority, request, now, 0);
        Boolean inserted = transactions.execute(tx -> {
            if (!jobs.insert(job, token)) {
                return false;
            }
            events.stateChanged(job, now);
            return true;
        });
        if (!Boolean.TRUE.equals(inserted)) {
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
        change(get(id).id(), job -> job.cancel(clock.instant()));
        log.info("Job {} canceled", id);
    }

    /** Applies a transition and records its event, re-reading the job when somebody changed it meanwhile. */
    void change(JobId id, Consumer<Job> transition) {
        for (int attempt = 0; attempt < 20; attempt++) {
            Job job = jobs.findById(id).orElseThrow(() -> new JobNotFoundException(id.value()));
            transition.accept(job);
            Boolean saved = transactions.execute(tx -> {
                if (!jobs.save(job)) {
                    return false;
                }
                events.stateChanged(job, clock.instant());
                return true;
            });
            if (Boolean.TRUE.equals(saved)) {
                return;
            }
        }
        throw new IllegalStateException("Job " + id + " kept changing; giving up after 20 attempts");
    }

    /** The state-change events of a job, oldest first, in EventBridge's shape. */
    public List<JsonNode> events(JobId id) {
        return events.forJob(id);
    }

    /** A page of ListJobs. */
    public record JobPage(List<Job> jobs, JobId lastId) {
    }
}
