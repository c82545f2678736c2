package org.avengine.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.avengine.JobSettingsFixtures;
import org.avengine.MediaConvertClients;
import org.avengine.PostgresSchema;
import org.avengine.TestMedia;
import org.avengine.cluster.ClusterRecords.Event;
import org.avengine.storage.S3ProxyServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.mediaconvert.MediaConvertClient;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three avengine JVMs on one PostgreSQL schema and one s3proxy: node-1 serves the API and claims
 * nothing, node-2 and node-3 are workers that serve nothing but /actuator. Sixty short jobs go in
 * through the AWS SDK; node-2 is killed with SIGKILL while it transcodes. Every job must end COMPLETE
 * exactly once, with valid outputs and nothing left in any work folder; then a worker shut down
 * with SIGTERM mid-job hands its job back for another node to take at once.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class ThreeNodeClusterTest {

    static final int JOBS = 60;
    static final JsonMapper JSON = JsonMapper.builder().build();

    final PostgresSchema schema = new PostgresSchema("cluster");
    final ClusterRecords records = new ClusterRecords(schema);
    final Path dir = TestMedia.tempDir("avengine-cluster");
    final List<AvengineNode> nodes = new ArrayList<>();
    S3ProxyServer s3;

    @AfterEach
    void stop() throws Exception {
        for (AvengineNode node : nodes) {
            node.close();
        }
        if (s3 != null) {
            s3.close();
        }
        schema.drop();
    }

    @Test
    void sixtyJobsOnThreeNodesAllCompleteOnceThoughAWorkerIsKilledMidTranscode() throws Exception {
        schema.assumeReachable("the three-node cluster test");
        schema.create();
        s3 = S3ProxyServer.inMemory().createBucket("media");
        AvengineNode api = node("node-1", "api", "5s").start();
        AvengineNode victim = node("node-2", "worker", "5s").start();
        AvengineNode survivor = node("node-3", "worker", "1s").start();
        api.awaitReady(Duration.ofMinutes(5));
        victim.awaitReady(Duration.ofMinutes(3));
        survivor.awaitReady(Duration.ofMinutes(3));

        try (S3Client client = s3.newClient(); MediaConvertClient mediaConvert = MediaConvertClients.at(api.port)) {
            Path clip = TestMedia.clip(dir.resolve("clip.mp4"), 160, 90, 1);
            client.putObject(r -> r.bucket("media").key("in/clip.mp4"), RequestBody.fromFile(clip));
            List<String> ids = submit(mediaConvert, JOBS, "in/clip.mp4");

            List<String> interrupted = awaitProgressingOn(api, victim.id);
            victim.kill();
            awaitAllComplete(ids, Duration.ofMinutes(5));

            assertEveryJobCompletedOnce(mediaConvert, ids, interrupted);
            assertNodeListAndRoles(api, victim, survivor);
            assertOutputsValid(client, ids, interrupted.get(0));
            assertKilledNodeCleansUpWhenItStartsAgain(victim);
            assertNoWorkFilesOn(api, survivor);
            assertSigtermHandsARunningJobBack(mediaConvert, client, api, survivor);
        }
    }

    private AvengineNode node(String id, String roles, String shutdownGrace) {
        Map<String, String> settings = new LinkedHashMap<>(schema.springProperties());
        settings.putAll(s3.springProperties());
        settings.putAll(Map.of("avengine.roles", roles,
                "avengine.transcode.worker.lease-duration", "4s",
                "avengine.transcode.worker.heartbeat-interval", "500ms",
                "avengine.transcode.worker.poll-interval", "200ms",
                "avengine.transcode.worker.retry-backoff", "200ms",
                "avengine.transcode.worker.shutdown-grace", shutdownGrace,
                "avengine.node.heartbeat-interval", "500ms",
                "spring.datasource.hikari.maximum-pool-size", "4",
                "logging.level.root", "WARN",
                "logging.level.org.avengine", "INFO"));
        settings.put("spring.main.banner-mode", "off");
        AvengineNode node = new AvengineNode(id, dir.resolve(id), settings);
        nodes.add(node);
        return node;
    }

    private static List<String> submit(MediaConvertClient mediaConvert, int count, String key) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JobSettings settings = JobSettings.builder().inputs(JobSettingsFixtures.input("s3://media/" + key))
                    .outputGroups(JobSettingsFixtures.fileGroup("s3://media/out/job-" + i + "/",
                            JobSettingsFixtures.mp4(160, 90, "_90p")))
                    .build();
            ids.add(mediaConvert.createJob(r -> r.settings(settings)).job().id());
        }
        return ids;
    }

    /** Polls the API's ListJobs until a job runs on the given node; returns the ids of those that do. */
    private static List<String> awaitProgressingOn(AvengineNode api, String nodeId) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            JsonNode page = JSON.readTree(api.get("/2017-08-29/jobs?status=PROGRESSING&maxResults=20").body());
            List<String> onNode = new ArrayList<>();
            page.get("jobs").forEach(job -> {
                if (job.has("nodeId") && nodeId.equals(job.get("nodeId").asString())) {
                    onNode.add(job.get("id").asString());
                }
            });
            if (!onNode.isEmpty()) {
                return onNode;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No job was seen PROGRESSING on " + nodeId);
    }

    private void awaitAllComplete(List<String> ids, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (records.count("SELECT COUNT(*) FROM jobs WHERE status = 'COMPLETE'") < ids.size()) {
            String error = records.text("SELECT id || ': ' || error_message FROM jobs WHERE status = 'ERROR'");
            assertThat(error).as("a job ended in ERROR").isNull();
            assertThat(System.nanoTime()).as("all jobs COMPLETE within " + timeout + "; survivor log:\n"
                    + nodes.get(2).logTail()).isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    private void assertEveryJobCompletedOnce(MediaConvertClient mediaConvert, List<String> ids, List<String> interrupted)
            throws Exception {
        for (String id : ids) {
            assertThat(mediaConvert.getJob(r -> r.id(id)).job().statusAsString()).as(id).isEqualTo("COMPLETE");
        }
        assertThat(interrupted.stream().mapToInt(id -> mediaConvert.getJob(r -> r.id(id)).job().retryCount()).max()
                .orElse(0)).as("a job interrupted by the kill ran again, counting a retry").isGreaterThanOrEqualTo(1);
        MediaConvertClients.awaitTrue("every event delivered", Duration.ofSeconds(30), () -> uncheckedCount(
                "SELECT COUNT(*) FROM job_events WHERE delivered_at IS NULL") == 0);
        Map<String, List<Event>> events = records.eventsByJob();
        for (String id : ids) {
            List<Event> jobEvents = events.get(id);
            assertThat(jobEvents.stream().filter(e -> e.status().equals("COMPLETE"))).as(id + " COMPLETE events").hasSize(1);
            assertThat(jobEvents.get(jobEvents.size() - 1).status()).as(id + " ends with its COMPLETE event").isEqualTo("COMPLETE");
            assertThat(jobEvents.stream().filter(e -> e.status().equals("PROGRESSING")))
                    .as(id + " runs: one PROGRESSING per attempt").hasSize(mediaConvert.getJob(r -> r.id(id)).job().retryCount() + 1);
            assertThat(jobEvents).extracting(Event::nodeId).as("no job on the api-only node").doesNotContain("node-1");
        }
    }

    private long uncheckedCount(String sql) {
        try {
            return records.count(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertNodeListAndRoles(AvengineNode api, AvengineNode victim, AvengineNode survivor) throws Exception {
        MediaConvertClients.awaitTrue("node-2 listed as LOST", Duration.ofSeconds(20), () -> nodeStates(api).get(victim.id).equals("LOST"));
        Map<String, String> states = nodeStates(api);
        assertThat(states).containsEntry("node-1", "UP").containsEntry("node-3", "UP");
        Map<String, String> roles = new HashMap<>();
        JSON.readTree(api.get("/nodes").body()).get("nodes")
                .forEach(node -> roles.put(node.get("id").asString(), node.get("roles").toString()));
        assertThat(roles).containsEntry("node-1", "[\"api\"]").containsEntry("node-3", "[\"worker\"]");
        assertThat(survivor.get("/2017-08-29/jobs").statusCode()).as("a worker-only node serves no API").isEqualTo(404);
        assertThat(survivor.get("/nodes").statusCode()).isEqualTo(404);
        assertThat(survivor.get("/actuator/health").statusCode()).isEqualTo(200);
    }

    private static Map<String, String> nodeStates(AvengineNode api) {
        try {
            Map<String, String> states = new HashMap<>();
            JSON.readTree(api.get("/nodes").body()).get("nodes")
                    .forEach(node -> states.put(node.get("id").asString(), node.get("state").asString()));
            return states;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertOutputsValid(S3Client client, List<String> ids, String rerun) {
        List<String> keys = client.listObjectsV2Paginator(r -> r.bucket("media").prefix("out/")).contents().stream()
                .map(S3Object::key).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            expected.add("out/job-" + i + "/clip_90p.mp4");
        }
        assertThat(keys).as("one output per job, nothing else").containsExactlyInAnyOrderElementsOf(expected);
        int rerunIndex = ids.indexOf(rerun);
        for (int index : List.of(0, rerunIndex, ids.size() - 1)) {
            Path file = dir.resolve("sample-" + index + ".mp4");
            client.getObject(r -> r.bucket("media").key("out/job-" + index + "/clip_90p.mp4"), file);
            JsonNode probe = TestMedia.probe(file);
            assertThat(TestMedia.stream(probe, "video").get("width").asInt()).isEqualTo(160);
            assertThat(TestMedia.stream(probe, "audio")).isNotNull();
            assertThat(TestMedia.duration(probe)).isCloseTo(1.0, within(0.15));
        }
    }

    private void assertKilledNodeCleansUpWhenItStartsAgain(AvengineNode victim) throws Exception {
        // killed right after a job of its was seen PROGRESSING, it left that job's work folder behind
        assertThat(victim.workFiles()).as("files the killed node left").isNotEmpty();
        AvengineNode again = node(victim.id, "worker", "5s");
        again.start().awaitReady(Duration.ofMinutes(4));
        assertThat(again.workFiles()).as("work files once the node started again").isEmpty();
        assertThat(again.terminate(Duration.ofSeconds(30))).as("exit after SIGTERM").isNotEqualTo(-1);
    }

    private static void assertNoWorkFilesOn(AvengineNode... running) throws Exception {
        for (AvengineNode node : running) {
            assertThat(node.workFiles()).as("work files on " + node.id).isEmpty();
        }
    }

    /** A worker sent SIGTERM mid-job waits its grace (1 s), stops ffmpeg and hands the job back at once. */
    private void assertSigtermHandsARunningJobBack(MediaConvertClient mediaConvert, S3Client client, AvengineNode api,
            AvengineNode survivor) throws Exception {
        Path longer = TestMedia.clip(dir.resolve("longer.mp4"), 640, 360, 180);
        client.putObject(r -> r.bucket("media").key("in/longer.mp4"), RequestBody.fromFile(longer));
        String id = submit(mediaConvert, 1, "in/longer.mp4").get(0);
        MediaConvertClients.awaitProgress(mediaConvert, id, Duration.ofMinutes(1));
        assertThat(survivor.terminate(Duration.ofSeconds(40))).as("node-3 exits after SIGTERM").isNotEqualTo(-1);

        var job = mediaConvert.getJob(r -> r.id(id)).job();
        assertThat(job.statusAsString()).as("handed back, not left to its lease").isEqualTo("SUBMITTED");
        assertThat(job.retryCount()).as("a shutdown is not a failure").isZero();
        assertThat(survivor.workFiles()).isEmpty();
        assertThat(records.text("SELECT stopped_at FROM nodes WHERE id = 'node-3'")).isNotNull();

        AvengineNode taker = node("node-4", "worker", "5s");
        taker.start().awaitReady(Duration.ofMinutes(4));
        assertThat(MediaConvertClients.awaitFinal(mediaConvert, id, Duration.ofMinutes(3)).statusAsString()).isEqualTo("COMPLETE");
        assertThat(records.text("SELECT node_id FROM jobs WHERE id = '" + id + "'")).isEqualTo("node-4");
    }
}
