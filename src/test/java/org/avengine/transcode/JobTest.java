package org.avengine.transcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.mediaconvert.model.CreateJobRequest;

class JobTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    static Job job(JobStatus status) {
        Job job = new Job(new JobId("1700000000000-abcdef"), "arn", "Default", 0, CreateJobRequest.builder().build(), NOW, 0);
        return job.restore(status, status == JobStatus.PROGRESSING ? JobPhase.PROBING : null, null, null, null, null, 0,
                "node-1", List.of(), null);
    }

    @Test
    void aRunningJobCompletesWithItsOutputsAtOneHundredPercent() {
        Job job = job(JobStatus.PROGRESSING);
        var outputs = List.of(new OutputGroupResult("FILE_GROUP", List.of(), List.of()));
        job.complete(outputs, NOW);
        assertThat(job.status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(job.percentComplete()).isEqualTo(100);
        assertThat(job.phase()).isNull();
        assertThat(job.outputGroups()).isEqualTo(outputs);
        assertThat(job.finishedAt()).isEqualTo(NOW);
    }

    @Test
    void onlyARunningJobCanComplete() {
        assertThatThrownBy(() -> job(JobStatus.SUBMITTED).complete(List.of(), NOW))
                .isInstanceOf(IllegalJobTransitionException.class).hasMessageContaining("SUBMITTED");
        assertThatThrownBy(() -> job(JobStatus.CANCELED).complete(List.of(), NOW))
                .isInstanceOf(IllegalJobTransitionException.class);
    }

    @Test
    void submittedAndRunningJobsCanBeCanceledButFinishedOnesCannot() {
        Job submitted = job(JobStatus.SUBMITTED);
        submitted.cancel(NOW);
        assertThat(submitted.status()).isEqualTo(JobStatus.CANCELED);
        Job running = job(JobStatus.PROGRESSING);
        running.cancel(NOW);
        assertThat(running.status()).isEqualTo(JobStatus.CANCELED);
        for (JobStatus done : List.of(JobStatus.COMPLETE, JobStatus.ERROR, JobStatus.CANCELED)) {
            assertThatThrownBy(() -> job(done).cancel(NOW)).isInstanceOf(IllegalJobTransitionException.class);
        }
    }

    @Test
    void aFailureKeepsItsCodeAndMessage() {
        Job job = job(JobStatus.PROGRESSING);
        job.fail(JobFailure.permanent(1010, "Unable to open input file"), NOW);
        assertThat(job.status()).isEqualTo(JobStatus.ERROR);
        assertThat(job.failure().code()).isEqualTo(1010);
        assertThatThrownBy(() -> job.fail(JobFailure.permanent(1999, "again"), NOW))
                .isInstanceOf(IllegalJobTransitionException.class);
    }

    @Test
    void requeuingARunningJobCountsARetryAndClearsItsWorker() {
        Job job = job(JobStatus.PROGRESSING);
        job.progress(JobPhase.TRANSCODING, 40);
        job.requeue(NOW.plusSeconds(4));
        assertThat(job.status()).isEqualTo(JobStatus.SUBMITTED);
        assertThat(job.retryCount()).isEqualTo(1);
        assertThat(job.retryAfter()).isEqualTo(NOW.plusSeconds(4));
        assertThat(job.nodeId()).isNull();
        assertThat(job.percentComplete()).isNull();
        assertThatThrownBy(() -> job.requeue(NOW)).isInstanceOf(IllegalJobTransitionException.class);
    }

    @Test
    void releasingARunningJobHandsItBackAtOnceWithoutCountingARetry() {
        Job job = job(JobStatus.PROGRESSING);
        job.release();
        assertThat(job.status()).isEqualTo(JobStatus.SUBMITTED);
        assertThat(job.retryCount()).isZero();
        assertThat(job.retryAfter()).isNull();
        assertThat(job.nodeId()).isNull();
        assertThatThrownBy(job::release).isInstanceOf(IllegalJobTransitionException.class);
    }

    @Test
    void progressIsClampedToZeroToOneHundred() {
        Job job = job(JobStatus.PROGRESSING);
        job.progress(JobPhase.TRANSCODING, 140);
        assertThat(job.percentComplete()).isEqualTo(100);
        job.progress(JobPhase.TRANSCODING, -3);
        assertThat(job.percentComplete()).isZero();
    }
}
