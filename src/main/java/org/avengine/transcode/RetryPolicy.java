package org.avengine.transcode;

import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Which failed jobs run again and when. Transient failures (storage or network trouble, a worker that
 * went away) are retried up to {@code max-retries} times, each after a backoff that doubles from
 * {@code retry-backoff} up to {@code max-retry-backoff}; permanent ones (unreadable input, settings
 * that cannot apply) never. The final message says which kind it was.
 */
@Component
class RetryPolicy {

    private final int maxRetries;
    private final Duration backoff;
    private final Duration maxBackoff;

    @Autowired
    RetryPolicy(TranscodeProperties properties) {
        this(properties.worker().maxRetries(), properties.worker().retryBackoff(), properties.worker().maxRetryBackoff());
    }

    RetryPolicy(int maxRetries, Duration backoff, Duration maxBackoff) {
        this.maxRetries = maxRetries;
        this.backoff = backoff;
        this.maxBackoff = maxBackoff;
    }

    /** Whether a job that has been retried {@code retryCount} times runs again after this failure. */
    boolean retries(JobFailure failure, int retryCount) {
        return failure.retryable() && retryCount < maxRetries;
    }

    /** When a job re-queued for the {@code retryCount + 1}th time may run again. */
    Instant nextAttempt(int retryCount, Instant now) {
        Duration wait = backoff.multipliedBy(1L << Math.min(retryCount, 20));
        return now.plus(wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait);
    }

    /** The failure as the job records it, saying whether it was permanent or how often a transient one was tried. */
    JobFailure giveUp(JobFailure failure, int retryCount) {
        String why = failure.retryable()
                ? "; failed after " + (retryCount + 1) + (retryCount == 0 ? " attempt" : " attempts") + " (transient)"
                : " (permanent)";
        return new JobFailure(failure.code(), failure.message() + why, failure.retryable());
    }
}
