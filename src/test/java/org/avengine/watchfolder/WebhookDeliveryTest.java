package org.avengine.watchfolder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.avengine.TestMedia;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Webhook delivery when receivers misbehave: one answering 500 gets retries with backoff until
 * {@code retry-for} runs out, then its delivery is FAILED and can be re-sent; jobs complete while
 * another receiver hangs. Subscriptions are checked and never show their secret.
 */
class WebhookDeliveryTest {

    static final Path dataDir = TestMedia.tempDir("avengine-webhooks");
    static WatchNode node;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(dataDir.resolve("storage/media/in"));
        TestMedia.clip(dataDir.resolve("storage/media/in/clip.mp4"), 320, 180, 1);
        node = WatchNode.start(dataDir, Map.of("avengine.notify.webhooks.retry-for", "3s",
                "avengine.notify.webhooks.concurrency", "2", "avengine.notify.webhooks.timeout", "20s"));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void aReceiverAnswering500GetsRetriesThenTheDeliveryFailsAndCanBeResent() throws Exception {
        try (WebhookReceiver failing = new WebhookReceiver().answering(500)) {
            String id = subscribe(failing, "JOB_COMPLETE");
            String job = createJob();
            WatchNode.await("the delivery to fail", Duration.ofMinutes(2), () -> deliveryOf(job, failing, id)
                    .filter(d -> d.get("state").asString().equals("FAILED")).isPresent());
            JsonNode failed = deliveryOf(job, failing, id).orElseThrow();
            assertThat(failed.get("attempts").asInt()).isGreaterThan(2);
            assertThat(failed.get("lastStatus").asInt()).isEqualTo(500);
            assertThat(failing.received()).filteredOn(r -> r.delivery().equals(failed.get("id").asString()))
                    .hasSize(failed.get("attempts").asInt())
                    .allSatisfy(r -> assertThat(r.json().at("/detail/jobId").asString()).isEqualTo(job));

            failing.answering(204);
            WatchNode.Response again = node.post("/admin/webhooks/" + id + "/deliveries/" + failed.get("id").asString() + "/redeliver", "");
            assertThat(again.status()).isEqualTo(202);
            String resentId = again.json().get("id").asString();
            assertThat(again.json().get("redeliveryOf").asString()).isEqualTo(failed.get("id").asString());
            WatchNode.await("the re-sent delivery", Duration.ofSeconds(30), () -> deliveries(id).stream()
                    .anyMatch(d -> d.get("id").asString().equals(resentId) && d.get("state").asString().equals("DELIVERED")));
            assertThat(failing.received().get(failing.received().size() - 1).verifies("secret-" + failing.url())).isTrue();
        }
    }

    @Test
    void jobsCompleteWhileAReceiverHangs() throws Exception {
        try (WebhookReceiver hanging = new WebhookReceiver().hanging()) {
            subscribe(hanging, "JOB_SUBMITTED", "JOB_PROGRESSING", "JOB_COMPLETE");
            List<String> jobs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                jobs.add(createJob());
            }
            WatchNode.await("the jobs to complete", Duration.ofMinutes(2), () -> jobs.stream()
                    .allMatch(job -> "COMPLETE".equals(node.get("/2017-08-29/jobs/" + job).json().at("/job/status").asString())));
            assertThat(hanging.received()).isNotEmpty();
        }
    }

    @Test
    void aSubscriptionIsCheckedAndNeverShowsItsSecret() {
        WatchNode.Response badType = node.post("/admin/webhooks", """
                {"url": "http://127.0.0.1:9/hook", "eventTypes": ["JOB_COMPLETE", "JOB_DONE"], "secret": "s"}""");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.json().get("detail").asString()).startsWith("eventTypes[1]: ");
        WatchNode.Response badUrl = node.post("/admin/webhooks", """
                {"url": "ftp://example/hook", "eventTypes": ["JOB_COMPLETE"], "secret": "s"}""");
        assertThat(badUrl.json().get("detail").asString()).startsWith("url: ");
        WatchNode.Response noSecret = node.post("/admin/webhooks", """
                {"url": "http://127.0.0.1:9/hook", "eventTypes": ["JOB_COMPLETE"]}""");
        assertThat(noSecret.json().get("detail").asString()).startsWith("secret: ");

        JsonNode created = node.created("/admin/webhooks", """
                {"url": "http://127.0.0.1:9/hook", "eventTypes": ["ASSET_FINISHED"], "secret": "top-secret-value"}""");
        assertThat(created.has("secret")).isFalse();
        assertThat(node.get("/admin/webhooks/" + created.get("id").asString()).body()).doesNotContain("top-secret-value");
        assertThat(node.get("/admin/webhooks").body()).doesNotContain("top-secret-value");
    }

    private static String subscribe(WebhookReceiver receiver, String... types) {
        String list = String.join("\", \"", types);
        return node.created("/admin/webhooks", """
                {"url": "%s", "eventTypes": ["%s"], "secret": "secret-%s"}""".formatted(receiver.url(), list, receiver.url()))
                .get("id").asString();
    }

    /** The delivery of the job's event to the subscription, found by the delivery id the receiver saw. */
    private static java.util.Optional<JsonNode> deliveryOf(String job, WebhookReceiver receiver, String subscription) {
        var delivery = receiver.received().stream().filter(r -> job.equals(r.json().at("/detail/jobId").asString()))
                .map(WebhookReceiver.Received::delivery).findFirst();
        return delivery.flatMap(d -> deliveries(subscription).stream().filter(v -> v.get("id").asString().equals(d)).findFirst());
    }

    private static List<JsonNode> deliveries(String subscription) {
        List<JsonNode> list = new ArrayList<>();
        node.get("/admin/webhooks/" + subscription + "/deliveries").json().get("member").forEach(list::add);
        return list;
    }

    private static String createJob() {
        String job = """
                {"settings": {"inputs": [{"fileInput": "s3://media/in/clip.mp4"}],
                  "outputGroups": [{"outputGroupSettings": {"type": "FILE_GROUP_SETTINGS",
                    "fileGroupSettings": {"destination": "s3://media/out/%s"}},
                    "outputs": [{"containerSettings": {"container": "MP4"}, "videoDescription": {"width": 160,
                      "codecSettings": {"codec": "H_264", "h264Settings": {"rateControlMode": "QVBR", "maxBitrate": 500000}}},
                      "audioDescriptions": [{"codecSettings": {"codec": "AAC", "aacSettings": {"bitrate": 64000,
                        "sampleRate": 48000, "codingMode": "CODING_MODE_2_0"}}}]}]}]}}""".formatted(System.nanoTime());
        WatchNode.Response response = node.post("/2017-08-29/jobs", job);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().at("/job/id").asString();
    }
}
