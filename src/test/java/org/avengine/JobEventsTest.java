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
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.avengine.transcode.JobStateChanged;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import software.amazon.awssdk.services.mediaconvert.MediaConvertClient;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Job state-change events: written to the outbox with each change, in AWS's EventBridge shape,
 * listed per job, and delivered to in-process listeners at least once, even when a listener fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JobEventsTest {

    static final Path dataDir = TestMedia.tempDir("avengine-events");

    @LocalServerPort
    int port;

    @Autowired
    Listener listener;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
        registry.add("avengine.transcode.worker.lease-duration", () -> "4s");
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void aJobWhoseWorkerDiedIsRequeuedAndRunAgainWithItsRetryCounted() {
        MediaConvertClient client = MediaConvertClients.at(port);
        JobSettings settings = JobSettings.builder().inputs(JobSettingsFixtures.input("s3://media/in/clip.mp4"))
                .outputGroups(JobSettingsFixtures.fileGroup("s3://media/out/orphan/", JobSettingsFixtures.mp4(320, 180, "_x")))
                .build();
        String template = client.createJob(r -> r.settings(settings)).job().id();
        MediaConvertClients.awaitFinal(client, template, Duration.ofMinutes(2));
        String orphan = "1700000000000-orphan";
        long expired = Instant.now().minusSeconds(60).toEpochMilli();
        jdbc.sql("""
                INSERT INTO jobs (id, arn, status, current_phase, percent_complete, queue, priority, request, created_at,
                                  started_at, node_id, lease_token, lease_expires_at)
                SELECT :id, arn, 'PROGRESSING', 'TRANSCODING', 40, queue, priority, request, :at, :at,
                       'crashed-node', 'lease-of-a-dead-worker', :at
                FROM jobs WHERE id = :template""")
                .param("id", orphan).param("at", expired).param("template", template).update();

        var job = MediaConvertClients.awaitFinal(client, orphan, Duration.ofMinutes(1));
        assertThat(job.statusAsString()).as(job.errorMessage()).isEqualTo("COMPLETE");
        assertThat(job.retryCount()).isEqualTo(1);
        assertThat(dataDir.resolve("storage/media/out/orphan/clip_x.mp4")).exists();
    }

    @BeforeAll
    static void media() throws IOException {
        TestMedia.clip(Files.createDirectories(dataDir.resolve("storage/media/in")).resolve("clip.mp4"), 320, 180, 2);
    }

    @Test
    void everyStateChangeReachesListenersAndTheEventListInEventBridgeShape() throws Exception {
        MediaConvertClient client = MediaConvertClients.at(port);
        JobSettings settings = JobSettings.builder().inputs(JobSettingsFixtures.input("s3://media/in/clip.mp4"))
                .outputGroups(JobSettingsFixtures.fileGroup("s3://media/out/events/", JobSettingsFixtures.mp4(320, 180, "_x")))
                .build();
        String id = client.createJob(r -> r.settings(settings).userMetadata(java.util.Map.of("car", "7"))).job().id();
        MediaConvertClients.awaitFinal(client, id, Duration.ofMinutes(2));

        List<JobStateChanged> received = listener.awaitFor(id, "COMPLETE", Duration.ofSeconds(10));
        assertThat(received).extracting(JobStateChanged::status).containsSubsequence("SUBMITTED", "PROGRESSING", "COMPLETE");
        assertThat(received.stream().map(JobStateChanged::eventId).distinct().count())
                .as("the failing listener's event was delivered again, so one id arrives twice").isLessThan(received.size());

        JsonNode complete = received.get(received.size() - 1).event();
        assertThat(complete.get("source").asString()).isEqualTo("aws.mediaconvert");
        assertThat(complete.get("detail-type").asString()).isEqualTo("MediaConvert Job State Change");
        assertThat(complete.get("resources").get(0).asString()).endsWith(":jobs/" + id);
        JsonNode detail = complete.get("detail");
        assertThat(detail.get("jobId").asString()).isEqualTo(id);
        assertThat(detail.get("userMetadata").get("car").asString()).isEqualTo("7");
        JsonNode output = detail.get("outputGroupDetails").get(0).get("outputDetails").get(0);
        assertThat(output.get("outputFilePaths").get(0).asString()).isEqualTo("s3://media/out/events/clip_x.mp4");
        assertThat(output.get("durationInMs").asLong()).isBetween(1900L, 2100L);
        assertThat(output.get("videoDetails").get("widthInPx").asInt()).isEqualTo(320);

        HttpResponse<String> listed = HttpClient.newHttpClient().send(SignedRequests.get(URI.create("http://127.0.0.1:" + port + "/2017-08-29/jobs/" + id + "/events")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode events = JsonMapper.builder().build().readTree(listed.body()).get("events");
        assertThat(events).extracting(e -> e.get("detail").get("status").asString())
                .containsExactly("SUBMITTED", "PROGRESSING", "COMPLETE");
    }

    @TestConfiguration
    static class Events {
        @Bean
        Listener listener() {
            return new Listener();
        }
    }

    /** Records events; fails once on each job's PROGRESSING event to prove redelivery. */
    static class Listener {
        final List<JobStateChanged> events = new CopyOnWriteArrayList<>();
        final java.util.Set<String> failedFor = java.util.concurrent.ConcurrentHashMap.newKeySet();

        @EventListener
        void on(JobStateChanged event) {
            events.add(event);
            if (event.status().equals("PROGRESSING") && failedFor.add(event.jobId().value())) {
                throw new IllegalStateException("listener failure, to be retried");
            }
        }

        List<JobStateChanged> awaitFor(String jobId, String status, Duration timeout) {
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                List<JobStateChanged> mine = events.stream().filter(e -> e.jobId().value().equals(jobId)).toList();
                if (mine.stream().anyMatch(e -> e.status().equals(status))) {
                    return mine;
                }
                MediaConvertClients.sleep(100);
            }
            throw new AssertionError("No " + status + " event for " + jobId + " within " + timeout + ": " + events);
        }
    }
}
