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
    private final Clock clock = Clock.systemUTC();

    JobLifecycle(JobRepository jobs, JobEvents events, TransactionTemplate transactions) {
        this.jobs = jobs;
        this.events = events;
        this.transactions = transactions;
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

    boolean fail(JobId id, String leaseToken, JobFailure failure) {
        return whileLeased(id, leaseToken, job -> job.fail(failure, clock.instant()));
    }

    /** Puts a job that failed in a way that may pass back in its queue, counting the retry. */
    boolean retry(JobId id, String leaseToken) {
        return whileLeased(id, leaseToken, Job::requeue);
    }

    void statusUpdate(JobId id, JobPhase phase, int percent) {
        jobs.findById(id).filter(job -> job.status() == JobStatus.PROGRESSING).ifPresent(job ->
                transactions.executeWithoutResult(tx -> events.statusUpdate(job, phase, percent, clock.instant())));
    }

    /** Re-queues a job whose worker stopped heart-beating, or fails it once it has been retried enough. */
    void recoverExpired(Job expired, int maxRetries) {
        try {
            change(expired.id(), job -> {
                if (job.status() != JobStatus.PROGRESSING || !expired.nodeId().equals(job.nodeId())) {
                    throw new LeaseLostException();
                }
                if (job.retryCount() >= maxRetries) {
                    job.fail(new JobFailure(JobFailure.INTERNAL, "The worker running this job (" + job.nodeId()
                            + ") stopped responding " + (maxRetries + 1) + " times; giving up", false), clock.instant());
                } else {
                    job.requeue();
                }
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
