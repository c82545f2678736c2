package org.avengine.transcode;

import java.time.Instant;
import java.util.List;

import software.amazon.awssdk.services.mediaconvert.model.CreateJobRequest;

/**
 * A transcode job. It owns its status transitions; an illegal move throws. Workers claim SUBMITTED
 * jobs with one SQL statement (see {@link JobRepository#claimNext}), which is the move to PROGRESSING.
 */
public final class Job {

    private final JobId id;
    private final String arn;
    private final String queue;
    private final int priority;
    private final CreateJobRequest request;
    private final Instant createdAt;
    private final int version;
    private JobStatus status;
    private JobPhase phase;
    private Integer percentComplete;
    private Instant startedAt;
    private Instant finishedAt;
    private JobFailure failure;
    private int retryCount;
    private String nodeId;
    private Instant retryAfter;
    private List<OutputGroupResult> outputGroups = List.of();

    Job(JobId id, String arn, String queue, int priority, CreateJobRequest request, Instant createdAt, int version) {
        this.id = id;
        this.arn = arn;
        this.queue = queue;
        this.priority = priority;
        this.request = request;
        this.createdAt = createdAt;
        this.version = version;
        this.status = JobStatus.SUBMITTED;
    }

    /** Restores the mutable part of a stored job. */
    Job restore(JobStatus status, JobPhase phase, Integer percent, Instant startedAt, Instant finishedAt,
            JobFailure failure, int retryCount, String nodeId, List<OutputGroupResult> outputGroups, Instant retryAfter) {
        this.status = status;
        this.phase = phase;
        this.percentComplete = percent;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.failure = failure;
        this.retryCount = retryCount;
        this.nodeId = nodeId;
        this.outputGroups = List.copyOf(outputGroups);
        this.retryAfter = retryAfter;
        return this;
    }

    /** Records how far a running job is; progress never goes backwards within a phase. */
    void progress(JobPhase newPhase, int percent) {
        require(JobStatus.PROGRESSING, "report progress");
        this.phase = newPhase;
        this.percentComplete = Math.max(0, Math.min(100, percent));
    }

    void complete(List<OutputGroupResult> results, Instant now) {
        require(JobStatus.PROGRESSING, "complete");
        this.status = JobStatus.COMPLETE;
        this.phase = null;
        this.percentComplete = 100;
        this.outputGroups = List.copyOf(results);
        this.finishedAt = now;
    }

    void fail(JobFailure why, Instant now) {
        if (status.isFinal()) {
            throw new IllegalJobTransitionException(id, status, "fail");
        }
        this.status = JobStatus.ERROR;
        this.failure = why;
        this.finishedAt = now;
    }

    void cancel(Instant now) {
        if (status.isFinal()) {
            throw new IllegalJobTransitionException(id, status, "be canceled");
        }
        this.status = JobStatus.CANCELED;
        this.finishedAt = now;
    }

    /**
     * Puts a job that failed in a way that may pass (its worker went away, storage or network trouble)
     * back in its queue, counting the retry; no worker claims it before {@code notBefore}.
     */
    void requeue(Instant notBefore) {
        backToQueue();
        this.retryCount++;
        this.retryAfter = notBefore;
    }

    /** Hands a job back to its queue at once, without counting a retry: its node is shutting down. */
    void release() {
        backToQueue();
        this.retryAfter = null;
    }

    private void backToQueue() {
        require(JobStatus.PROGRESSING, "be re-queued");
        this.status = JobStatus.SUBMITTED;
        this.phase = null;
        this.percentComplete = null;
        this.nodeId = null;
    }

    private void require(JobStatus expected, String action) {
        if (status != expected) {
            throw new IllegalJobTransitionException(id, status, action);
        }
    }

    public JobId id() { return id; }
    public String arn() { return arn; }
    public String queue() { return queue; }
    public int priority() { return priority; }
    public CreateJobRequest request() { return request; }
    public Instant createdAt() { return createdAt; }
    int version() { return version; }
    public JobStatus status() { return status; }
    public JobPhase phase() { return phase; }
    public Integer percentComplete() { return percentComplete; }
    public Instant startedAt() { return startedAt; }
    public Instant finishedAt() { return finishedAt; }
    public JobFailure failure() { return failure; }
    public int retryCount() { return retryCount; }
    public String nodeId() { return nodeId; }
    /** When a re-queued job may be claimed again; null = at once. */
    public Instant retryAfter() { return retryAfter; }
    public List<OutputGroupResult> outputGroups() { return outputGroups; }
}
