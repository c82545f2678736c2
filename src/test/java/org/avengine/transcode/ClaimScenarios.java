package org.avengine.transcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import software.amazon.awssdk.services.mediaconvert.model.CreateJobRequest;
import software.amazon.awssdk.services.mediaconvert.model.CreateQueueRequest;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import software.amazon.awssdk.services.mediaconvert.model.UpdateQueueRequest;

/**
 * What the claim statement must do, run against whichever database the calling test configured:
 * priority then age within a queue, paused queues skipped, a queue's concurrent-jobs limit kept.
 */
record ClaimScenarios(JobRepository jobs, QueueService queues, JdbcClient jdbc) {

    /** Leaves no job waiting or running, so each scenario sees only its own. */
    void clear() {
        jdbc.sql("UPDATE jobs SET status = 'CANCELED' WHERE status IN ('SUBMITTED', 'PROGRESSING')").update();
    }

    void claimsTheMostUrgentJobFirstThenTheOldest() {
        queues.create(CreateQueueRequest.builder().name("urgent").build());
        JobId older = submit("urgent", 0);
        JobId urgent = submit("urgent", 10);
        JobId newer = submit("urgent", 0);
        JobId low = submit("Default", -50);
        assertThat(claim()).contains(urgent);
        assertThat(claim()).contains(older);
        assertThat(claim()).contains(newer);
        assertThat(claim()).contains(low);
        assertThat(claim()).isEmpty();
    }

    void skipsJobsOfPausedQueuesUntilTheyAreResumed() {
        queues.create(CreateQueueRequest.builder().name("paused").status("PAUSED").build());
        JobId held = submit("paused", 50);
        JobId other = submit("Default", -50);
        assertThat(claim()).contains(other);
        assertThat(claim()).isEmpty();
        queues.update("paused", UpdateQueueRequest.builder().status("ACTIVE").build());
        assertThat(claim()).contains(held);
    }

    void neverRunsMoreJobsOfAQueueThanItsConcurrentJobs() {
        queues.create(CreateQueueRequest.builder().name("limited").concurrentJobs(2).build());
        submit("limited", 0);
        submit("limited", 0);
        JobId third = submit("limited", 0);
        JobId first = claim().orElseThrow();
        assertThat(claim()).isPresent();
        assertThat(claim()).as("the queue runs two jobs already").isEmpty();
        jdbc.sql("UPDATE jobs SET status = 'COMPLETE' WHERE id = :id").param("id", first.value()).update();
        assertThat(claim()).contains(third);
    }

    private JobId submit(String queue, int priority) {
        Instant now = Instant.now();
        JobId id = JobId.newId(now);
        CreateJobRequest request = CreateJobRequest.builder().settings(JobSettings.builder().build()).build();
        assertThat(jobs.insert(new Job(id, "arn:" + id.value(), queue, priority, request, now, 0), null)).isTrue();
        return id;
    }

    private Optional<JobId> claim() {
        Instant now = Instant.now();
        return jobs.claimNext("test-node", UUID.randomUUID().toString(), now, now.plusSeconds(60)).map(Job::id);
    }
}
