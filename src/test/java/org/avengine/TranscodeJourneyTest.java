package org.avengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import software.amazon.awssdk.services.mediaconvert.MediaConvertClient;
import software.amazon.awssdk.services.mediaconvert.model.BadRequestException;
import software.amazon.awssdk.services.mediaconvert.model.ConflictException;
import software.amazon.awssdk.services.mediaconvert.model.Job;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import software.amazon.awssdk.services.mediaconvert.model.JobStatus;
import software.amazon.awssdk.services.mediaconvert.model.NotFoundException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A product team's journey on the embedded defaults (H2, local storage), driven with the AWS SDK:
 * one job makes MP4, WebM, MP3, JPEG and WebP from a 1280x720 clip; jobs are listed, filtered and
 * paged; a running job is canceled; bad requests are refused with the field named.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TranscodeJourneyTest {

    static final Path dataDir = TestMedia.tempDir("avengine-journey");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
    }

    @BeforeAll
    static void media() throws IOException {
        Path in = Files.createDirectories(dataDir.resolve("storage/media/in"));
        TestMedia.clip(in.resolve("clip.mp4"), 1280, 720, 4);
    }

    @AfterAll
    static void workFoldersAreGone() throws IOException {
        Path work = dataDir.resolve("work");
        if (Files.exists(work)) {
            try (Stream<Path> left = Files.list(work)) {
                assertThat(left.toList()).as("job work folders left behind").isEmpty();
            }
        }
    }

    @Test
    void writesTitleAndDescriptionFromUserMetadataIntoTheMp4WebmAndMp3Tags() {
        MediaConvertClient client = MediaConvertClients.at(port);
        JobSettings settings = JobSettingsFixtures.productLadder("s3://media/in/clip.mp4", "s3://media/out/tagged/");
        Map<String, String> metadata = Map.of("title", "Red 2019 hatchback, walk-around", "Description",
                "Front, side and rear.\nNo scratches.", "car", "123");

        Job done = MediaConvertClients.awaitFinal(client,
                client.createJob(r -> r.settings(settings).userMetadata(metadata)).job().id(), Duration.ofMinutes(3));
        assertThat(done.status()).as(done.errorMessage()).isEqualTo(JobStatus.COMPLETE);

        Path out = dataDir.resolve("storage/media/out/tagged");
        for (String file : List.of("clip_720p.mp4", "clip_360p.webm", "clip_audio.mp3")) {
            JsonNode tags = TestMedia.probe(out.resolve(file)).path("format").path("tags");
            assertThat(tags.path("title").asString()).as(file).isEqualTo("Red 2019 hatchback, walk-around");
            assertThat(tags.properties().stream().anyMatch(e -> e.getKey().equalsIgnoreCase("car"))).as(file).isFalse();
        }
        JsonNode mp4Tags = TestMedia.probe(out.resolve("clip_720p.mp4")).path("format").path("tags");
        assertThat(mp4Tags.path("description").asString()).isEqualTo("Front, side and rear.\nNo scratches.");
    }

    @Test
    void transcodesOneClipToMp4WebmMp3JpegAndWebpInOneJob() {
        MediaConvertClient client = MediaConvertClients.at(port);
        JobSettings settings = JobSettingsFixtures.productLadder("s3://media/in/clip.mp4", "s3://media/out/ladder/");

        Job created = client.createJob(r -> r.settings(settings).userMetadata(Map.of("car", "123"))).job();
        assertThat(created.statusAsString()).isEqualTo("SUBMITTED");
        assertThat(created.queue()).endsWith(":queues/Default");

        Job done = MediaConvertClients.awaitFinal(client, created.id(), Duration.ofMinutes(3));
        assertThat(done.status()).as(done.errorMessage()).isEqualTo(JobStatus.COMPLETE);
        assertThat(done.jobPercentComplete()).isEqualTo(100);
        assertThat(done.userMetadata()).containsEntry("car", "123");
        assertThat(done.timing().finishTime()).isAfterOrEqualTo(done.timing().startTime());

        Path out = dataDir.resolve("storage/media/out/ladder");
        JsonNode mp4 = TestMedia.probe(out.resolve("clip_720p.mp4"));
        assertThat(TestMedia.stream(mp4, "video").get("codec_name").asString()).isEqualTo("h264");
        assertThat(TestMedia.stream(mp4, "video").get("width").asInt()).isEqualTo(1280);
        assertThat(TestMedia.stream(mp4, "audio").get("codec_name").asString()).isEqualTo("aac");
        assertThat(TestMedia.duration(mp4)).isCloseTo(4.0, within(0.1));

        JsonNode webm = TestMedia.probe(out.resolve("clip_360p.webm"));
        assertThat(TestMedia.stream(webm, "video").get("codec_name").asString()).isEqualTo("vp9");
        assertThat(TestMedia.stream(webm, "video").get("height").asInt()).isEqualTo(360);
        assertThat(TestMedia.stream(webm, "audio").get("codec_name").asString()).isEqualTo("opus");
        assertThat(TestMedia.duration(webm)).isCloseTo(4.0, within(0.1));

        JsonNode mp3 = TestMedia.probe(out.resolve("clip_audio.mp3"));
        assertThat(TestMedia.stream(mp3, "audio").get("codec_name").asString()).isEqualTo("mp3");
        assertThat(TestMedia.stream(mp3, "video")).isNull();
        assertThat(TestMedia.duration(mp3)).isCloseTo(4.0, within(0.1));

        JsonNode jpeg = TestMedia.probe(out.resolve("clip_poster.0000000.jpg"));
        assertThat(TestMedia.stream(jpeg, "video").get("codec_name").asString()).isEqualTo("mjpeg");
        assertThat(TestMedia.stream(jpeg, "video").get("width").asInt()).isEqualTo(640);
        assertThat(out.resolve("clip_poster.0000001.jpg")).exists();
        assertThat(out.resolve("clip_poster.0000002.jpg")).doesNotExist();

        JsonNode webp = TestMedia.probe(out.resolve("clip_poster.0000000.webp"));
        assertThat(TestMedia.stream(webp, "video").get("codec_name").asString()).isEqualTo("webp");

        var details = done.outputGroupDetails().get(0).outputDetails();
        assertThat(details).hasSize(5);
        assertThat(details.get(0).durationInMs()).isBetween(3900, 4100);
        assertThat(details.get(0).videoDetails().widthInPx()).isEqualTo(1280);
        assertThat(details.get(1).videoDetails().heightInPx()).isEqualTo(360);
    }

    @Test
    void listsFiltersAndPagesJobsNewestFirst() {
        MediaConvertClient client = MediaConvertClients.at(port);
        JobSettings settings = JobSettingsFixtures.productLadder("s3://media/in/missing.mp4", "s3://media/out/list/");
        List<String> ids = Stream.generate(() -> client.createJob(r -> r.settings(settings)).job().id()).limit(3).toList();
        ids.forEach(id -> MediaConvertClients.awaitFinal(client, id, Duration.ofMinutes(1)));

        var firstPage = client.listJobs(r -> r.maxResults(2).status("ERROR"));
        assertThat(firstPage.jobs()).hasSize(2);
        assertThat(firstPage.jobs()).allMatch(job -> job.status() == JobStatus.ERROR);
        assertThat(firstPage.nextToken()).isNotNull();
        assertThat(firstPage.jobs().get(0).id()).isEqualTo(ids.get(2));

        var secondPage = client.listJobs(r -> r.maxResults(2).status("ERROR").nextToken(firstPage.nextToken()));
        assertThat(secondPage.jobs().get(0).id()).isEqualTo(ids.get(0));

        var ascending = client.listJobs(r -> r.order("ASCENDING").maxResults(20));
        assertThat(ascending.jobs().stream().map(Job::id).toList()).containsSubsequence(ids);
        assertThat(client.listJobs(r -> r.status("CANCELED").queue("Default").maxResults(20)).jobs())
                .allMatch(job -> job.status() == JobStatus.CANCELED);
        assertThatThrownBy(() -> client.listJobs(r -> r.maxResults(21))).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("maxResults");
    }

    @Test
    void aMissingInputEndsInErrorWithCode1010() {
        MediaConvertClient client = MediaConvertClients.at(port);
        JobSettings settings = JobSettingsFixtures.productLadder("s3://media/in/nothing-here.mp4", "s3://media/out/missing/");
        Job job = MediaConvertClients.awaitFinal(client, client.createJob(r -> r.settings(settings)).job().id(), Duration.ofMinutes(1));
        assertThat(job.status()).isEqualTo(JobStatus.ERROR);
        assertThat(job.errorCode()).isEqualTo(1010);
        assertThat(job.errorMessage()).contains("s3://media/in/nothing-here.mp4").contains("does not exist");
    }

    @Test
    void cancelsARunningJobAndDeletesPartialOutputs() throws IOException {
        MediaConvertClient client = MediaConvertClients.at(port);
        Path in = dataDir.resolve("storage/media/in/long.mp4");
        TestMedia.clip(in, 1280, 720, 60);
        JobSettings settings = JobSettings.builder().inputs(JobSettingsFixtures.input("s3://media/in/long.mp4"))
                .outputGroups(JobSettingsFixtures.fileGroup("s3://media/out/canceled/", JobSettingsFixtures.webm(1280, 720, "_slow")))
                .build();
        String id = client.createJob(r -> r.settings(settings)).job().id();
        MediaConvertClients.awaitStatus(client, id, Duration.ofMinutes(1), JobStatus.PROGRESSING);
        Job running = MediaConvertClients.awaitProgress(client, id, Duration.ofMinutes(1));
        assertThat(running.currentPhaseAsString()).isEqualTo("TRANSCODING");
        assertThat(running.jobPercentComplete()).isBetween(1, 99);
        assertThat(running.timing().startTime()).isNotNull();

        client.cancelJob(r -> r.id(id));

        Job canceled = MediaConvertClients.awaitFinal(client, id, Duration.ofSeconds(10));
        assertThat(canceled.status()).isEqualTo(JobStatus.CANCELED);
        assertThatThrownBy(() -> client.cancelJob(r -> r.id(id))).isInstanceOf(ConflictException.class);
        MediaConvertClients.awaitTrue("the job's work folder is removed", Duration.ofSeconds(20), () -> workFolders(id).isEmpty());
        assertThat(dataDir.resolve("storage/media/out/canceled/long_slow.webm")).doesNotExist();
    }

    private static List<Path> workFolders(String jobId) {
        try (Stream<Path> work = Files.list(Files.createDirectories(dataDir.resolve("work")))) {
            return work.filter(p -> p.getFileName().toString().startsWith(jobId)).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theAwsCliRunsTheUserGuidesMp4JobFile() throws Exception {
        Path aws = AwsCli.find();
        Path fixture = Path.of("..", "shared", "fixtures", "mediaconvert", "02-docs-single-mp4.job.json");
        assertThat(fixture).as("the user guide's job file, beside the project").exists();
        TestMedia.clip(dataDir.resolve("storage/media/in/cli.mp4"), 640, 360, 2);
        ObjectNode job = (ObjectNode) JsonMapper.builder().build().readTree(Files.readString(fixture));
        ObjectNode settings = (ObjectNode) job.get("Settings");
        ((ObjectNode) settings.get("Inputs").get(0)).put("FileInput", "s3://media/in/cli.mp4");
        ((ObjectNode) settings.get("OutputGroups").get(0).get("OutputGroupSettings").get("FileGroupSettings"))
                .put("Destination", "s3://media/out/cli/out");
        Path jobFile = dataDir.resolve("job.json");
        Files.writeString(jobFile, job.toString());

        JsonNode created = AwsCli.run(aws, port, "mediaconvert", "create-job", "--cli-input-json", "file://" + jobFile);
        String id = created.get("Job").get("Id").asString();
        Job done = MediaConvertClients.awaitFinal(MediaConvertClients.at(port), id, Duration.ofMinutes(3));
        assertThat(done.status()).as(done.errorMessage()).isEqualTo(JobStatus.COMPLETE);

        JsonNode out = TestMedia.probe(dataDir.resolve("storage/media/out/cli/out.mp4"));
        assertThat(TestMedia.stream(out, "video").get("codec_name").asString()).isEqualTo("h264");
        assertThat(TestMedia.stream(out, "video").get("width").asInt()).isEqualTo(1920);
        assertThat(TestMedia.stream(out, "video").get("height").asInt()).isEqualTo(1080);
        assertThat(TestMedia.stream(out, "video").get("avg_frame_rate").asString()).isEqualTo("24000/1001");
        assertThat(TestMedia.stream(out, "audio").get("codec_name").asString()).isEqualTo("aac");

        JsonNode listed = AwsCli.run(aws, port, "mediaconvert", "get-job", "--id", id);
        assertThat(listed.get("Job").get("Status").asString()).isEqualTo("COMPLETE");
    }

    @Test
    void describeEndpointsAnswersWithAvenginesOwnUrl() {
        var endpoints = MediaConvertClients.at(port).describeEndpoints(r -> r.maxResults(1)).endpoints();
        assertThat(endpoints).hasSize(1);
        assertThat(endpoints.get(0).url()).isEqualTo("http://127.0.0.1:" + port);
    }

    @Test
    void anUnknownJobIsNotFound() {
        MediaConvertClient client = MediaConvertClients.at(port);
        assertThatThrownBy(() -> client.getJob(r -> r.id("1700000000000-abcdef"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.getJob(r -> r.id("nope"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aWebmOutputWithH264IsRefusedNamingTheField() {
        MediaConvertClient client = MediaConvertClients.at(port);
        var mp4 = JobSettingsFixtures.mp4(640, 360, "_x");
        var wrong = mp4.toBuilder().containerSettings(c -> c.container("WEBM")).build();
        JobSettings settings = JobSettings.builder().inputs(JobSettingsFixtures.input("s3://media/in/clip.mp4"))
                .outputGroups(JobSettingsFixtures.fileGroup("s3://media/out/bad/", JobSettingsFixtures.mp3("_a"), wrong)).build();
        assertThatThrownBy(() -> client.createJob(r -> r.settings(settings)))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("settings.outputGroups[0].outputs[1].videoDescription.codecSettings.codec: WEBM requires VP8 or VP9 video");
    }

    @Test
    void aRepeatedClientRequestTokenReturnsTheSameJob() {
        MediaConvertClient client = MediaConvertClients.at(port);
        JobSettings settings = JobSettingsFixtures.productLadder("s3://media/in/clip.mp4", "s3://media/out/idempotent/");
        String first = client.createJob(r -> r.settings(settings).clientRequestToken("token-1")).job().id();
        String second = client.createJob(r -> r.settings(settings).clientRequestToken("token-1")).job().id();
        assertThat(second).isEqualTo(first);
        MediaConvertClients.awaitFinal(client, first, Duration.ofMinutes(3));
    }
}
