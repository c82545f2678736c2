package org.avengine.transcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    final RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(10));

    @Test
    void transientFailuresAreRetriedUntilTheRetriesAreUsedUp() {
        JobFailure storage = new JobFailure(1040, "Unable to write output", true);
        assertThat(policy.retries(storage, 0)).isTrue();
        assertThat(policy.retries(storage, 2)).isTrue();
        assertThat(policy.retries(storage, 3)).isFalse();
    }

    @Test
    void permanentFailuresAreNeverRetried() {
        assertThat(policy.retries(JobFailure.permanent(1010, "unreadable"), 0)).isFalse();
        assertThat(policy.retries(JobFailure.permanent(1030, "unsupported"), 0)).isFalse();
    }

    @Test
    void theBackoffDoublesWithEachRetryUpToItsMaximum() {
        assertThat(policy.nextAttempt(0, NOW)).isEqualTo(NOW.plusSeconds(2));
        assertThat(policy.nextAttempt(1, NOW)).isEqualTo(NOW.plusSeconds(4));
        assertThat(policy.nextAttempt(2, NOW)).isEqualTo(NOW.plusSeconds(8));
        assertThat(policy.nextAttempt(3, NOW)).isEqualTo(NOW.plusSeconds(10));
        assertThat(policy.nextAttempt(60, NOW)).isEqualTo(NOW.plusSeconds(10));
    }

    @Test
    void theFinalMessageSaysWhetherTheFailureWasPermanentOrHowOftenATransientOneWasTried() {
        assertThat(policy.giveUp(JobFailure.permanent(1010, "Unable to open input file [x]"), 0).message())
                .isEqualTo("Unable to open input file [x] (permanent)");
        JobFailure given = policy.giveUp(new JobFailure(1040, "Unable to write output: HTTP 503", true), 3);
        assertThat(given.message()).isEqualTo("Unable to write output: HTTP 503; failed after 4 attempts (transient)");
        assertThat(given.code()).isEqualTo(1040);
    }
}
