package org.avengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import software.amazon.awssdk.services.mediaconvert.MediaConvertClient;
import software.amazon.awssdk.services.mediaconvert.model.AudioSelector;
import software.amazon.awssdk.services.mediaconvert.model.BadRequestException;
import software.amazon.awssdk.services.mediaconvert.model.ConflictException;
import software.amazon.awssdk.services.mediaconvert.model.Input;
import software.amazon.awssdk.services.mediaconvert.model.InputTemplate;
import software.amazon.awssdk.services.mediaconvert.model.Job;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import software.amazon.awssdk.services.mediaconvert.model.JobStatus;
import software.amazon.awssdk.services.mediaconvert.model.JobTemplate;
import software.amazon.awssdk.services.mediaconvert.model.JobTemplateSettings;
import software.amazon.awssdk.services.mediaconvert.model.NotFoundException;
import software.amazon.awssdk.services.mediaconvert.model.Output;
import software.amazon.awssdk.services.mediaconvert.model.Queue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Job templates and queues with the AWS SDK: templates from create to delete and jobs laid over
 * them; queues from create to delete, a paused queue holding its jobs, priority order and the
 * concurrent-jobs limit within a queue, all with real (tiny) jobs; STATUS_UPDATE events at the
 * interval a job takes from its template.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QueueAndTemplateJourneyTest {

    static final Path dataDir = TestMedia.tempDir("avengine-queues");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
    }

    @BeforeAll
    static void media() throws IOException {
        TestMedia.clip(Files.createDirectories(dataDir.resolve("storage/media/in")).resolve("tiny.mp4"), 320, 180, 1);
    }

    @Test
    void createsGetsListsUpdatesAndDeletesAJobTemplate() {
        MediaConvertClient client = MediaConvertClients.at(port);
        JobTemplate created = client.createJobTemplate(r -> r.name("tpl-crud").category("web").description("d")
                .priority(5).settings(templateSettings("s3://media/out/crud/"))).jobTemplate();
        assertThat(created.arn()).endsWith(":jobTemplates/tpl-crud");
        assertThat(created.typeAsString()).isEqualTo("CUSTOM");
        assertThatThrownBy(() -> client.createJobTemplate(r -> r.name("tpl-crud").settings(templateSettings("s3://media/out/x/"))))
                .isInstanceOf(ConflictException.class);

        JobTemplate updated = client.updateJobTemplate(r -> r.name("tpl-crud").description("changed")).jobTemplate();
        assertThat(updated.description()).isEqualTo("changed");
        assertThat(updated.priority()).isEqualTo(5);
        assertThat(client.getJobTemplate(r -> r.name("tpl-crud")).jobTemplate().settings())
                .isEqualTo(templateSettings("s3://media/out/crud/"));
        assertThat(client.listJobTemplates(r -> r.category("web")).jobTemplates()).extracting(JobTemplate::name)
                .containsExactly("tpl-crud");

        client.deleteJobTemplate(r -> r.name("tpl-crud"));
        assertThatThrownBy(() -> client.getJobTemplate(r -> r.name("tpl-crud"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aJobFromATemplateGetsItsSettingsPriorityQueueAndIntervalUnlessItGivesItsOwn() {
        MediaConvertClient client = MediaConvertClients.at(port);
        client.createQueue(r -> r.name("tpl-queue"));
        client.createJobTemplate(r -> r.name("tpl-run").priority(7).queue("tpl-queue").statusUpdateInterval("SECONDS_12")
                .settings(templateSettings("s3://media/out/template/")));
        JobSettings inputOnly = JobSettings.builder().inputs(Input.builder().fileInput("s3://media/in/tiny.mp4").build()).build();

        Job job = client.createJob(r -> r.jobTemplate("tpl-run").settings(inputOnly)).job();
        assertThat(job.jobTemplate()).isEqualTo("tpl-run");
        assertThat(job.priority()).isEqualTo(7);
        assertThat(job.queue()).endsWith(":queues/tpl-queue");
        assertThat(job.statusUpdateIntervalAsString()).isEqualTo("SECONDS_12");
        assertThat(job.settings().inputs().get(0).audioSelectors()).containsKey("Audio Selector 1");
        Job done = MediaConvertClients.awaitFinal(client, job.id(), Duration.ofMinutes(2));
        assertThat(done.status()).as(done.errorMessage()).isEqualTo(JobStatus.COMPLETE);
        assertThat(dataDir.resolve("storage/media/out/template/tiny_audio.mp3")).exists();

        String arn = client.getJobTemplate(r -> r.name("tpl-run")).jobTemplate().arn();
        JobSettings own = JobSettingsFixtures.productLadder("s3://media/in/tiny.mp4", "s3://media/out/own/").toBuilder()
                .outputGroups(JobSettingsFixtures.fileGroup("s3://media/out/own/", JobSettingsFixtures.mp3("_own"))).build();
        Job overridden = client.createJob(r -> r.jobTemplate(arn).priority(-3).queue("Default").settings(own)).job();
        assertThat(overridden.priority()).isEqualTo(-3);
        assertThat(overridden.queue()).endsWith(":queues/Default");
        assertThat(overridden.settings().outputGroups()).hasSize(1);
        assertThat(overridden.settings().outputGroups().get(0).outputs()).extracting(Output::nameModifier).containsExactly("_own");
        MediaConvertClients.awaitFinal(client, overridden.id(), Duration.ofMinutes(2));

        assertThatThrownBy(() -> client.createJob(r -> r.jobTemplate("no-such-template").settings(inputOnly)))
                .isInstanceOf(software.amazon.awssdk.services.mediaconvert.model.NotFoundException.class).hasMessageContaining("jobTemplate: no job template named no-such-template");
    }

    @Test
    void aJobFromATemplateWhoseHlsOutputsOnlyNameSystemPresetsMakesAPlayableLadder() throws Exception {
        MediaConvertClient client = MediaConvertClients.at(port);
        TestMedia.clip(dataDir.resolve("storage/media/in/ladder.mp4"), 960, 540, 5);
        Map<String, String> rungs = new LinkedHashMap<>();
        rungs.put("_270p", "System-Ott_Hls_Ts_Avc_Aac_16x9_480x270p_15Hz_0.4Mbps");
        rungs.put("_360p", "System-Ott_Hls_Ts_Avc_Aac_16x9_640x360p_30Hz_1.2Mbps");
        rungs.put("_540p", "System-Ott_Hls_Ts_Avc_Aac_16x9_960x540p_30Hz_3.5Mbps");
        Output[] outputs = rungs.entrySet().stream()
                .map(rung -> Output.builder().preset(rung.getValue()).nameModifier(rung.getKey()).build()).toArray(Output[]::new);
        client.createJobTemplate(r -> r.name("tpl-hls-ladder").settings(JobTemplateSettings.builder()
                .outputGroups(StreamingFixtures.hls("s3://media/out/ladder/master", 2, outputs)).build()));
        JobSettings inputOnly = JobSettings.builder().inputs(Input.builder().fileInput("s3://media/in/ladder.mp4").build()).build();

        String id = client.createJob(r -> r.jobTemplate("tpl-hls-ladder").settings(inputOnly)).job().id();
        Job done = MediaConvertClients.awaitFinal(client, id, Duration.ofMinutes(3));
        assertThat(done.status()).as(done.errorMessage()).isEqualTo(JobStatus.COMPLETE);

        Path out = dataDir.resolve("storage/media/out/ladder");
        Map<String, Map<String, String>> variants = StreamingJourneyTest.variants(out.resolve("master.m3u8"));
        assertThat(variants).containsOnlyKeys("master_270p.m3u8", "master_360p.m3u8", "master_540p.m3u8");
        Map<String, String> sizes = Map.of("_270p", "480x270", "_360p", "640x360", "_540p", "960x540");
        for (String rung : rungs.keySet()) {
            Map<String, String> variant = variants.get("master" + rung + ".m3u8");
            assertThat(variant).containsEntry("RESOLUTION", sizes.get(rung));
            assertThat(Long.parseLong(variant.get("BANDWIDTH"))).isPositive();
            assertThat(variant.get("CODECS")).matches("\"avc1\\.4d[0-9a-f]{4},mp4a\\.40\\.2\"");
            JsonNode probe = TestMedia.probe(out.resolve("master" + rung + ".m3u8"));
            JsonNode video = TestMedia.stream(probe, "video");
            assertThat(video.get("codec_name").asString()).isEqualTo("h264");
            assertThat(video.get("height").asInt()).isEqualTo(Integer.parseInt(sizes.get(rung).split("x")[1]));
            assertThat(TestMedia.stream(probe, "audio").get("codec_name").asString()).isEqualTo("aac");
            assertThat(TestMedia.duration(probe)).isCloseTo(5.0, within(0.2));
        }
        JsonNode lowest = TestMedia.stream(TestMedia.probe(out.resolve("master_270p.m3u8")), "video");
        assertThat(PresetJourneyTest.fps(lowest.get("avg_frame_rate").asString())).isCloseTo(15_000 / 1001.0, within(0.1));
        JsonNode master = TestMedia.probe(out.resolve("master.m3u8"));
        assertThat(master.get("streams").valueStream().map(s -> s.get("codec_name").asString()))
                .containsExactlyInAnyOrder("h264", "h264", "h264", "aac", "aac", "aac");
    }

    @Test
    void createsGetsListsUpdatesAndDeletesAQueueButNeverTheDefaultOne() {
        MediaConvertClient client = MediaConvertClients.at(port);
        Queue created = client.createQueue(r -> r.name("crud-queue").description("d").concurrentJobs(3)).queue();
        assertThat(created.arn()).endsWith(":queues/crud-queue");
        assertThat(created.statusAsString()).isEqualTo("ACTIVE");
        assertThat(created.concurrentJobs()).isEqualTo(3);
        assertThatThrownBy(() -> client.createQueue(r -> r.name("crud-queue"))).isInstanceOf(ConflictException.class);

        Queue paused = client.updateQueue(r -> r.name("crud-queue").status("PAUSED")).queue();
        assertThat(paused.statusAsString()).isEqualTo("PAUSED");
        assertThat(paused.concurrentJobs()).isEqualTo(3);
        List<String> names = client.listQueues(r -> r.listBy("NAME").order("ASCENDING").maxResults(20)).queues()
                .stream().map(Queue::name).toList();
        assertThat(names).contains("Default", "crud-queue").isSorted();
        assertThat(client.getQueue(r -> r.name("Default")).queue().typeAsString()).isEqualTo("SYSTEM");

        client.deleteQueue(r -> r.name("crud-queue"));
        assertThatThrownBy(() -> client.getQueue(r -> r.name("crud-queue"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.deleteQueue(r -> r.name("Default"))).isInstanceOf(ConflictException.class);
        JobSettings settings = tinyJob("s3://media/out/nowhere/", "_a");
        assertThatThrownBy(() -> client.createJob(r -> r.queue("crud-queue").settings(settings)))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("queue: no queue named crud-queue exists");
    }

    @Test
    void aPausedQueueHoldsItsJobsSubmittedUntilItIsResumed() {
        MediaConvertClient client = MediaConvertClients.at(port);
        client.createQueue(r -> r.name("held").status("PAUSED"));
        String id = client.createJob(r -> r.queue("held").settings(tinyJob("s3://media/out/held/", "_held"))).job().id();

        MediaConvertClients.sleep(3000);
        assertThat(client.getJob(r -> r.id(id)).job().status()).isEqualTo(JobStatus.SUBMITTED);
        assertThat(client.getQueue(r -> r.name("held")).queue().submittedJobsCount()).isEqualTo(1);
        assertThatThrownBy(() -> client.deleteQueue(r -> r.name("held"))).isInstanceOf(ConflictException.class);

        client.updateQueue(r -> r.name("held").status("ACTIVE"));
        Job done = MediaConvertClients.awaitFinal(client, id, Duration.ofMinutes(2));
        assertThat(done.status()).as(done.errorMessage()).isEqualTo(JobStatus.COMPLETE);
        client.deleteQueue(r -> r.name("held"));
    }

    @Test
    void jobsInAQueueStartByPriorityThenAgeAndNoMoreThanItsConcurrentJobsAtOnce() {
        MediaConvertClient client = MediaConvertClients.at(port);
        client.createQueue(r -> r.name("one-at-a-time").status("PAUSED").concurrentJobs(1));
        Map<Integer, String> byPriority = new java.util.TreeMap<>(Comparator.reverseOrder());
        for (int priority : new int[] {-10, 20, 0, 20}) {
            String suffix = "_p" + (priority + 50) + "_" + byPriority.size();
            String id = client.createJob(r -> r.queue("one-at-a-time").priority(priority)
                    .settings(tinyJob("s3://media/out/ordered/", suffix))).job().id();
            byPriority.putIfAbsent(priority, id);
        }
        client.updateQueue(r -> r.name("one-at-a-time").status("ACTIVE"));

        List<Job> jobs = client.listJobs(r -> r.queue("one-at-a-time").maxResults(20)).jobs().stream()
                .map(job -> MediaConvertClients.awaitFinal(client, job.id(), Duration.ofMinutes(2)))
                .sorted(Comparator.comparing((Job job) -> job.timing().startTime()))
                .toList();
        assertThat(jobs).hasSize(4).allMatch(job -> job.status() == JobStatus.COMPLETE);
        assertThat(jobs).extracting(Job::priority).containsExactly(20, 20, 0, -10);
        assertThat(jobs.get(0).id()).as("the older of two equal priorities first").isEqualTo(byPriority.get(20));
        for (int i = 1; i < jobs.size(); i++) {
            assertThat(jobs.get(i).timing().startTime()).isAfterOrEqualTo(jobs.get(i - 1).timing().finishTime());
        }
    }

    @Test
    void deletingThePresetAndTemplateAQueuedJobUsesDoesNotBreakIt() {
        MediaConvertClient client = MediaConvertClients.at(port);
        Output mp3 = JobSettingsFixtures.mp3("_kept");
        client.createPreset(r -> r.name("kept-mp3").settings(s -> s.containerSettings(mp3.containerSettings())
                .audioDescriptions(mp3.audioDescriptions())));
        client.createJobTemplate(r -> r.name("kept-template").settings(JobTemplateSettings.builder()
                .outputGroups(JobSettingsFixtures.fileGroup("s3://media/out/kept/",
                        Output.builder().preset("kept-mp3").nameModifier("_kept").build())).build()));
        client.createQueue(r -> r.name("waiting").status("PAUSED"));
        JobSettings input = JobSettings.builder().inputs(JobSettingsFixtures.input("s3://media/in/tiny.mp4")).build();
        String id = client.createJob(r -> r.jobTemplate("kept-template").queue("waiting").settings(input)).job().id();

        client.deleteJobTemplate(r -> r.name("kept-template"));
        client.deletePreset(r -> r.name("kept-mp3"));
        client.updateQueue(r -> r.name("waiting").status("ACTIVE"));

        Job done = MediaConvertClients.awaitFinal(client, id, Duration.ofMinutes(2));
        assertThat(done.status()).as(done.errorMessage()).isEqualTo(JobStatus.COMPLETE);
        assertThat(dataDir.resolve("storage/media/out/kept/tiny_kept.mp3")).exists();
    }

    @Test
    void aRunningJobSendsStatusUpdatesAtTheIntervalItsTemplateGives() throws Exception {
        MediaConvertClient client = MediaConvertClients.at(port);
        TestMedia.clip(dataDir.resolve("storage/media/in/minute.mp4"), 640, 360, 60);
        client.createJobTemplate(r -> r.name("tpl-status").statusUpdateInterval("SECONDS_10").settings(JobTemplateSettings.builder()
                .outputGroups(JobSettingsFixtures.fileGroup("s3://media/out/status/", JobSettingsFixtures.webm(640, 360, "_slow")))
                .build()));
        JobSettings input = JobSettings.builder().inputs(JobSettingsFixtures.input("s3://media/in/minute.mp4")).build();
        String id = client.createJob(r -> r.jobTemplate("tpl-status").settings(input)).job().id();

        JsonNode update = awaitEvent(id, "STATUS_UPDATE", Duration.ofSeconds(40));
        client.cancelJob(r -> r.id(id));
        JsonNode started = events(id).stream().filter(e -> "PROGRESSING".equals(e.at("/detail/status").asString()))
                .findFirst().orElseThrow();
        long afterStart = update.at("/detail/timestamp").asLong() - started.at("/detail/timestamp").asLong();
        assertThat(afterStart).as("ms from PROGRESSING to the first STATUS_UPDATE").isBetween(9_500L, 13_000L);
        assertThat(update.at("/detail/jobProgress/jobPercentComplete").asInt()).isBetween(0, 100);
        assertThat(update.at("/detail/jobProgress/currentPhase").asString()).isEqualTo("TRANSCODING");
        MediaConvertClients.awaitFinal(client, id, Duration.ofSeconds(30));
    }

    private JsonNode awaitEvent(String id, String status, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            var found = events(id).stream().filter(e -> status.equals(e.at("/detail/status").asString())).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            MediaConvertClients.sleep(500);
        }
        throw new AssertionError("No " + status + " event for job " + id + " within " + timeout + ": " + events(id));
    }

    private List<JsonNode> events(String id) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(SignedRequests.get(URI.create("http://127.0.0.1:" + port + "/2017-08-29/jobs/" + id + "/events")).build(), BodyHandlers.ofString());
        List<JsonNode> events = new ArrayList<>();
        JsonMapper.builder().build().readTree(response.body()).get("events").forEach(events::add);
        return events;
    }

    static JobSettings tinyJob(String destination, String nameModifier) {
        return JobSettings.builder().inputs(JobSettingsFixtures.input("s3://media/in/tiny.mp4"))
                .outputGroups(JobSettingsFixtures.fileGroup(destination, JobSettingsFixtures.mp3(nameModifier))).build();
    }

    static JobTemplateSettings templateSettings(String destination) {
        return JobTemplateSettings.builder()
                .inputs(InputTemplate.builder().audioSelectors(Map.of("Audio Selector 1",
                        AudioSelector.builder().defaultSelection("DEFAULT").build())).build())
                .outputGroups(JobSettingsFixtures.fileGroup(destination, JobSettingsFixtures.mp3("_audio"),
                        JobSettingsFixtures.mp4(320, 180, "_small")))
                .build();
    }
}
