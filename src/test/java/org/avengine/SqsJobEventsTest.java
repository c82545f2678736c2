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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import software.amazon.awssdk.services.mediaconvert.MediaConvertClient;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Job state-change events sent to an SQS queue (ElasticMQ in this JVM, read with the AWS SDK's
 * {@link SqsClient}): each message body is the event as the outbox holds it, and a queue that is gone
 * neither stops jobs nor loses their events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class SqsJobEventsTest {

    static final Path dataDir = TestMedia.tempDir("avengine-sqs-events");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final ElasticMqServer elasticMq = ElasticMqServer.start();
    static final String queueUrl = elasticMq.createQueue("job-events");
    static final SqsClient sqs = elasticMq.newClient();
    static final Map<String, List<JsonNode>> received = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
        registry.add("avengine.transcode.events.sqs.enabled", () -> "true");
        registry.add("avengine.transcode.events.sqs.queue-url", () -> queueUrl);
        registry.add("avengine.transcode.events.sqs.endpoint", () -> elasticMq.endpoint().toString());
        registry.add("avengine.transcode.events.sqs.access-key", () -> ElasticMqServer.ACCESS_KEY);
        registry.add("avengine.transcode.events.sqs.secret-key", () -> ElasticMqServer.SECRET_KEY);
        registry.add("avengine.transcode.events.sqs.first-retry", () -> "200ms");
        registry.add("avengine.transcode.events.sqs.max-retry", () -> "1s");
    }

    @BeforeAll
    static void media() throws IOException {
        TestMedia.clip(Files.createDirectories(dataDir.resolve("storage/media/in")).resolve("clip.mp4"), 320, 180, 2);
    }

    @AfterAll
    static void stopQueue() {
        sqs.close();
        elasticMq.close();
    }

    @Test
    void aJobsSubmittedProgressingAndCompleteEventsArriveOnTheQueueExactlyAsTheOutboxHoldsThem() throws Exception {
        String id = runJob("shape");

        List<JsonNode> events = awaitEvents(id, Duration.ofSeconds(30), "SUBMITTED", "PROGRESSING", "COMPLETE");
        assertThat(events).extracting(e -> e.get("detail").get("status").asString())
                .contains("SUBMITTED", "PROGRESSING", "COMPLETE");
        JsonNode complete = events.stream().filter(e -> e.get("detail").get("status").asString().equals("COMPLETE")).findFirst().orElseThrow();
        assertThat(complete.get("source").asString()).isEqualTo("aws.mediaconvert");
        assertThat(complete.get("detail-type").asString()).isEqualTo("MediaConvert Job State Change");
        assertThat(complete.get("resources").get(0).asString()).endsWith(":jobs/" + id);
        JsonNode detail = complete.get("detail");
        assertThat(detail.get("jobId").asString()).isEqualTo(id);
        assertThat(detail.get("userMetadata").get("case").asString()).isEqualTo("shape");
        JsonNode output = detail.get("outputGroupDetails").get(0).get("outputDetails").get(0);
        assertThat(output.get("outputFilePaths").get(0).asString()).isEqualTo("s3://media/out/shape/clip_x.mp4");
        assertThat(output.get("durationInMs").asLong()).isBetween(1900L, 2100L);
        assertThat(output.get("videoDetails").get("widthInPx").asInt()).isEqualTo(320);

        JsonNode outbox = JSON.readTree(HttpClient.newHttpClient().send(SignedRequests.get(URI.create("http://127.0.0.1:" + port + "/2017-08-29/jobs/" + id + "/events")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).get("events");
        assertThat(events).containsExactlyInAnyOrderElementsOf(outbox);
    }

    @Test
    void aQueueThatIsGoneStopsNoJobAndItsEventsArriveOnceItIsBack() {
        sqs.deleteQueue(r -> r.queueUrl(queueUrl));
        try {
            String id = runJob("dead-queue");
            MediaConvertClients.awaitTrue("the events of job " + id + " were delivered in process", Duration.ofSeconds(30),
                    () -> jdbc.sql("SELECT COUNT(*) FROM job_events WHERE job_id = :id AND delivered_at IS NULL")
                            .param("id", id).query(Long.class).single() == 0);
            MediaConvertClients.awaitTrue("sending the COMPLETE event of " + id + " failed at least twice", Duration.ofSeconds(30),
                    () -> jdbc.sql("""
                            SELECT COUNT(*) FROM job_event_sqs s JOIN job_events e ON e.event_id = s.event_id
                            WHERE e.job_id = :id AND e.status = 'COMPLETE' AND s.attempts >= 2""")
                            .param("id", id).query(Long.class).single() == 1);

            assertThat(elasticMq.createQueue("job-events")).isEqualTo(queueUrl);
            List<JsonNode> events = awaitEvents(id, Duration.ofSeconds(30), "SUBMITTED", "PROGRESSING", "COMPLETE");
            assertThat(events).extracting(e -> e.get("detail").get("status").asString())
                    .contains("SUBMITTED", "PROGRESSING", "COMPLETE");
        } finally {
            elasticMq.createQueue("job-events");
        }
    }

    private String runJob(String name) {
        MediaConvertClient client = MediaConvertClients.at(port);
        JobSettings settings = JobSettings.builder().inputs(JobSettingsFixtures.input("s3://media/in/clip.mp4"))
                .outputGroups(JobSettingsFixtures.fileGroup("s3://media/out/" + name + "/", JobSettingsFixtures.mp4(320, 180, "_x")))
                .build();
        String id = client.createJob(r -> r.settings(settings).userMetadata(Map.of("case", name))).job().id();
        var job = MediaConvertClients.awaitFinal(client, id, Duration.ofMinutes(2));
        assertThat(job.statusAsString()).as(job.errorMessage()).isEqualTo("COMPLETE");
        return id;
    }

    /** Reads (and deletes) messages until the job's events of those statuses came; the job's events so far. */
    private static List<JsonNode> awaitEvents(String jobId, Duration timeout, String... statuses) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            List<JsonNode> mine = received.getOrDefault(jobId, List.of());
            if (mine.stream().map(e -> e.get("detail").get("status").asString()).toList().containsAll(List.of(statuses))) {
                return mine;
            }
            for (Message message : sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1)).messages()) {
                JsonNode event = JSON.readTree(message.body());
                received.computeIfAbsent(event.get("detail").get("jobId").asString(), k -> new CopyOnWriteArrayList<>()).add(event);
                sqs.deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
            }
        }
        throw new AssertionError("Not all of " + List.of(statuses) + " events of job " + jobId + " within " + timeout + ": " + received.get(jobId));
    }
}
