package org.avengine;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.mediaconvert.MediaConvertClient;
import software.amazon.awssdk.services.mediaconvert.model.Job;
import software.amazon.awssdk.services.mediaconvert.model.JobStatus;

/** The official AWS SDK client, pointed at a running avengine, and polling helpers. */
public final class MediaConvertClients {

    private MediaConvertClients() {
    }

    public static MediaConvertClient at(int port) {
        return MediaConvertClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + port))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("avengine", "avengine")))
                .build();
    }

    /** Polls GetJob until the job reaches a final status or the time is up. */
    public static Job awaitFinal(MediaConvertClient client, String jobId, Duration timeout) {
        return awaitStatus(client, jobId, timeout, JobStatus.COMPLETE, JobStatus.ERROR, JobStatus.CANCELED);
    }

    public static Job awaitStatus(MediaConvertClient client, String jobId, Duration timeout, JobStatus... statuses) {
        Instant deadline = Instant.now().plus(timeout);
        Job job = client.getJob(r -> r.id(jobId)).job();
        while (Instant.now().isBefore(deadline)) {
            for (JobStatus status : statuses) {
                if (job.status() == status) {
                    return job;
                }
            }
            sleep(200);
            job = client.getJob(r -> r.id(jobId)).job();
        }
        throw new AssertionError("Job " + jobId + " is still " + job.status() + " after " + timeout + ": " + job);
    }

    /** Polls GetJob until a running job reports some progress from ffmpeg. */
    public static Job awaitProgress(MediaConvertClient client, String jobId, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Job job = client.getJob(r -> r.id(jobId)).job();
            if (job.jobPercentComplete() != null && job.jobPercentComplete() > 0) {
                return job;
            }
            sleep(200);
        }
        throw new AssertionError("Job " + jobId + " reported no progress within " + timeout);
    }

    /** Waits until a condition holds, failing with its description when it does not in time. */
    public static void awaitTrue(String description, Duration timeout, java.util.function.BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not true within " + timeout + ": " + description);
            }
            sleep(200);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
