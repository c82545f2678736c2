package org.avengine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.avengine.storage.S3ProxyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.mediaconvert.MediaConvertClient;
import software.amazon.awssdk.services.mediaconvert.model.Job;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A node whose object store goes away: transient failures are retried with backoff and the job
 * completes once the store is back, or fails saying it was transient after its attempts; permanent
 * failures are not retried. The node stays up throughout, shows itself in {@code GET /nodes},
 * removes work folders left by an earlier run at start-up, and exports its metrics for Prometheus.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkerResilienceTest {

    static final Path dataDir = TestMedia.tempDir("avengine-resilience");
    static final Path leftOver = dataDir.resolve("work/1700000000000-abcdef-0123abcd/partial.mp4");
    static final Path ingestFolder = dataDir.resolve("work/ingest-upload.mp4");
    static final S3ProxyServer s3 = S3ProxyServer.inMemory().createBucket("media");
    static final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Files.createDirectories(leftOver.getParent());
        Files.writeString(leftOver, "what a killed node left");
        Files.createDirectories(ingestFolder);
        registry.add("avengine.data-dir", dataDir::toString);
        registry.add("avengine.admin.key", () -> "admin");
        registry.add("avengine.admin.secret", () -> "admin-secret");
        s3.springProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("avengine.transcode.worker.max-retries", () -> "4");
        registry.add("avengine.transcode.worker.retry-backoff", () -> "300ms");
        registry.add("avengine.transcode.worker.max-retry-backoff", () -> "1s");
        registry.add("avengine.transcode.metrics.refresh-interval", () -> "300ms");
    }

    @BeforeAll
    static void upload() {
        Path clip = TestMedia.clip(dataDir.resolve("clip.mp4"), 320, 180, 2);
        try (S3Client client = s3.newClient()) {
            client.putObject(r -> r.bucket("media").key("in/clip.mp4"), RequestBody.fromFile(clip));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        s3.close();
    }

    @Test
    void aJobWhoseStorageIsDownIsRetriedWithBackoffAndCompletesOnceItIsBack() throws Exception {
        MediaConvertClient client = MediaConvertClients.at(port);
        String id;
        s3.pause();
        try {
            id = submit(client, "s3://media/in/clip.mp4", "s3://media/out/back/");
            MediaConvertClients.awaitTrue("a retry counted", Duration.ofMinutes(1),
                    () -> client.getJob(r -> r.id(id)).job().retryCount() >= 1);
            assertThat(get("/actuator/health/liveness").statusCode()).as("the node stays up").isEqualTo(200);
        } finally {
            s3.resume();
        }
        Job job = MediaConvertClients.awaitFinal(client, id, Duration.ofMinutes(2));
        assertThat(job.statusAsString()).as(job.errorMessage()).isEqualTo("COMPLETE");
        assertThat(job.retryCount()).isBetween(1, 4);
    }

    @Test
    void aJobWhoseStorageStaysDownFailsSayingItWasTransientAfterItsAttempts() throws Exception {
        MediaConvertClient client = MediaConvertClients.at(port);
        s3.pause();
        try {
            String id = submit(client, "s3://media/in/clip.mp4", "s3://media/out/down/");
            Job job = MediaConvertClients.awaitFinal(client, id, Duration.ofMinutes(2));
            assertThat(job.statusAsString()).isEqualTo("ERROR");
            assertThat(job.errorCode()).isEqualTo(1010);
            assertThat(job.retryCount()).isEqualTo(4);
            assertThat(job.errorMessage()).contains("s3://media/in/clip.mp4").endsWith("failed after 5 attempts (transient)");
            assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        } finally {
            s3.resume();
        }
    }

    @Test
    void aPermanentFailureIsNotRetriedAndSaysSo() {
        MediaConvertClient client = MediaConvertClients.at(port);
        String id = submit(client, "s3://media/in/nothing-here.mp4", "s3://media/out/missing/");
        Job job = MediaConvertClients.awaitFinal(client, id, Duration.ofMinutes(1));
        assertThat(job.errorCode()).isEqualTo(1010);
        assertThat(job.retryCount()).isZero();
        assertThat(job.errorMessage()).contains("does not exist").endsWith("(permanent)");
    }

    @Test
    void jobWorkFoldersLeftByAnEarlierRunAreRemovedAtStartUpAndOthersLeftAlone() {
        assertThat(leftOver).doesNotExist();
        assertThat(leftOver.getParent()).doesNotExist();
        assertThat(ingestFolder).isDirectory();
    }

    @Test
    void theNodeListShowsThisNodeUpWithItsRoles() throws Exception {
        String body = get("/nodes").body();
        assertThat(body).contains("\"roles\":[\"api\",\"worker\"]").contains("\"state\":\"UP\"").contains("\"self\":true");
    }

    @Test
    void prometheusShowsJobsQueueDepthDurationRealtimeFactorAndFfmpegFailures() throws Exception {
        MediaConvertClient client = MediaConvertClients.at(port);
        String id = submit(client, "s3://media/in/clip.mp4", "s3://media/out/metrics/");
        assertThat(MediaConvertClients.awaitFinal(client, id, Duration.ofMinutes(2)).statusAsString()).isEqualTo("COMPLETE");
        MediaConvertClients.awaitTrue("the job's duration and the queue depth gauge recorded", Duration.ofSeconds(30), () -> {
            String metrics = metrics();
            return metrics.contains("avengine_job_realtime_factor_count{queue=\"Default\"}")
                    && metrics.contains("avengine_queue_depth{queue=\"Default\"}");
        });
        assertThat(metrics())
                .containsPattern("avengine_jobs\\{queue=\"Default\",status=\"COMPLETE\"} [1-9]")
                .contains("avengine_queue_depth{queue=\"Default\"}")
                .containsPattern("avengine_job_duration_seconds_count\\{queue=\"Default\",status=\"COMPLETE\"} [1-9]")
                .contains("avengine_ffmpeg_failures_total{outcome=\"FAILED\"}");
    }

    private String metrics() {
        try {
            return get("/actuator/prometheus").body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:admin-secret".getBytes()))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String submit(MediaConvertClient client, String input, String destination) {
        JobSettings settings = JobSettings.builder().inputs(JobSettingsFixtures.input(input))
                .outputGroups(JobSettingsFixtures.fileGroup(destination, JobSettingsFixtures.mp4(320, 180, "_180p")))
                .build();
        return client.createJob(r -> r.settings(settings)).job().id();
    }
}
