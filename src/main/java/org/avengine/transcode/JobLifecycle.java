package org.avengine.transcode;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies job transitions to the stored job and writes their events in the same transaction. A
 * worker's transitions only apply while it still holds the job's lease, so a job that was canceled
 * or re-queued meanwhile is left as it is.
 */
@Component
class JobLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobLifecycle.class);
    private static final int ATTEMPTS = 20;

    private final JobRepository jobs;
    private final JobEvents events;
    private final TransactionTemplate transactions;
    private final RetryPolicy retries;
    private final Clock clock = Clock.systemUTC();

    JobLifecycle(JobRepository jobs, JobEvents events, TransactionTemplate transactions, RetryPolicy retries) {
        this.jobs = jobs;
        this.events = events;
        this.transactions = transactions;
        this.retries = retries;
    }

    /** Applies a transition, re-reading the job when somebody changed it since it was read. */
    void change(JobId id, Consumer<Job> transition) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
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
        throw new IllegalStateException("Job " + id + " kept changing; gave up after " + ATTEMPTS + " attempts");
    }

    /** Stores a new job with its SUBMITTED event; false when its client request token was used before. */
    boolean submit(Job job, String clientRequestToken) {
        return Boolean.TRUE.equals(transactions.execute(tx -> {
            if (!jobs.insert(job, clientRequestToken)) {
                return false;
            }
            events.stateChanged(job, job.createdAt());
            return true;
        }));
    }

    List<tools.jackson.databind.JsonNode> events(JobId id) {
        return events.forJob(id);
    }

    /** Marks a claimed job PROGRESSING in the event stream (the claim itself changed its row). */
    void started(Job job) {
        transactions.executeWithoutResult(tx -> events.stateChanged(job, clock.instant()));
        log.info("Job {} started on {} (attempt {})", job.id(), job.nodeId(), job.retryCount() + 1);
    }

    boolean complete(JobId id, String leaseToken, List<OutputGroupResult> results) {
        return whileLeased(id, leaseToken, job -> job.complete(results, clock.instant()));
    }

    /**
     * Records a failure by the retry policy: a transient one with retries left re-queues the job after
     * its backoff, anything else ends it in ERROR saying whether it was permanent or transient.
     */
    boolean fail(JobId id, String leaseToken, JobFailure failure) {
        return whileLeased(id, leaseToken, job -> failOrRetry(job, failure));
    }

    /** Hands a job back to its queue at once, without counting a retry (its node is shutting down). */
    boolean release(JobId id, String leaseToken) {
        return whileLeased(id, leaseToken, Job::release);
    }

    private void failOrRetry(Job job, JobFailure failure) {
        Instant now = clock.instant();
        if (retries.retries(failure, job.retryCount())) {
            job.requeue(retries.nextAttempt(job.retryCount(), now));
            log.warn("Job {} failed and is retried after {}: {}", job.id(), job.retryAfter(), failure.message());
        } else {
            job.fail(retries.giveUp(failure, job.retryCount()), now);
        }
    }

    void statusUpdate(JobId id, JobPhase phase, int percent) {
        jobs.findById(id).filter(job -> job.status() == JobStatus.PROGRESSING).ifPresent(job ->
                transactions.executeWithoutResult(tx -> events.statusUpdate(job, phase, percent, clock.instant())));
    }

    /** Re-queues a job whose worker stopped heart-beating, or fails it once it has been retried enough. */
    void recoverExpired(Job expired) {
        try {
            change(expired.id(), job -> {
                if (job.status() != JobStatus.PROGRESSING || !expired.nodeId().equals(job.nodeId())) {
                    throw new LeaseLostException();
                }
                failOrRetry(job, new JobFailure(JobFailure.INTERNAL, "The worker running this job ("
                        + job.nodeId() + ") stopped responding", true));
            });
            log.warn("Job {} lost its worker {}; recovered", expired.id(), expired.nodeId());
        } catch (LeaseLostException e) {
            log.debug("Job {} was already recovered", expired.id());
        }
    }

    private boolean whileLeased(JobId id, String leaseToken, Consumer<Job> transition) {
        try {
            change(id, job -> {
                if (job.status() != JobStatus.PROGRESSING || !jobs.holdsLease(id, leaseToken)) {
                    throw new LeaseLostException();
                }
                transition.accept(job);
            });
            return true;
        } catch (LeaseLostException e) {
            return false;
        }
    }

    Instant now() {
        return clock.instant();
    }

    /** The job is no longer this worker's: it was canceled, or re-queued after its lease expired. */
    static final class LeaseLostException extends RuntimeException {
        LeaseLostException() {
            super(null, null, false, false);
        }
    }
}
