package org.avengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import software.amazon.awssdk.services.mediaconvert.MediaConvertClient;
import software.amazon.awssdk.services.mediaconvert.model.H264Settings;
import software.amazon.awssdk.services.mediaconvert.model.Job;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import software.amazon.awssdk.services.mediaconvert.model.JobStatus;
import software.amazon.awssdk.services.mediaconvert.model.Output;

/**
 * Chunked encoding of a video against a single-process encode of the same job, on real ffmpeg: a
 * 24 s clip in chunks of 6 s (the HLS segment length) comes out with the same frames, duration and
 * audio, no seam at any chunk border, and an MP4 and an HLS rendition that decode to the end; a
 * chunk whose ffmpeg is killed is run again alone; a cancel stops every chunk and leaves no files.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChunkedEncodingTest {

    static final Path dataDir = TestMedia.tempDir("avengine-chunked");
    static final double SECONDS = 24;
    static final double FRAME = 1 / 25.0;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
        registry.add("avengine.transcode.chunking.chunk-duration", () -> "5s");
        registry.add("avengine.transcode.chunking.concurrency", () -> "2");
    }

    @BeforeAll
    static void media() throws IOException {
        Path in = Files.createDirectories(dataDir.resolve("storage/media/in"));
        TestMedia.clip(in.resolve("clip.mp4"), 640, 360, SECONDS);
    }

    @Test
    void aChunkedEncodeMatchesASingleProcessEncodeFrameForFrame() {
        MediaConvertClient client = MediaConvertClients.at(port);
        Path chunked = dataDir.resolve("storage/media/out/chunked");
        Path single = dataDir.resolve("storage/media/out/single");
        Job one = complete(client, run(client, settings("chunked", tuning(null)), "true"));
        Job other = complete(client, run(client, settings("single", tuning(null)), "false"));
        assertThat(tasks(one.id())).hasSize(5).allSatisfy(task -> assertThat(task.get("status")).isEqualTo("DONE"));
        assertThat(tasks(other.id())).isEmpty();

        Path mp4 = chunked.resolve("clip_360p.mp4");
        Path reference = single.resolve("clip_360p.mp4");
        assertThat(frames(mp4)).isEqualTo(frames(reference)).isEqualTo(600);
        assertThat(TestMedia.duration(TestMedia.probe(mp4))).isCloseTo(TestMedia.duration(TestMedia.probe(reference)), within(FRAME));
        assertAudioInSync(mp4, reference);
        for (int border : List.of(150, 300, 450)) {
            assertThat(ssim(mp4, reference, border - 2, border + 2)).as("SSIM around frame " + border).allSatisfy(
                    value -> assertThat(value).isGreaterThanOrEqualTo(0.98));
        }
        assertDecodesToTheEnd(mp4);
        Path playlist = chunked.resolve("hls/clip_hls.m3u8");
        assertThat(frames(playlist)).isEqualTo(600);
        assertThat(TestMedia.duration(TestMedia.probe(playlist)))
                .isCloseTo(TestMedia.duration(TestMedia.probe(single.resolve("hls/clip_hls.m3u8"))), within(FRAME));
        assertDecodesToTheEnd(chunked.resolve("hls/clip.m3u8"));
        assertNoFilesLeft(one.id());
    }

    @Test
    void aChunkWhoseFfmpegIsKilledIsEncodedAgainAlone() throws InterruptedException {
        MediaConvertClient client = MediaConvertClients.at(port);
        String id = run(client, settings("retried", tuning("MULTI_PASS_HQ")), "true");
        Thread killer = new Thread(() -> killOnce(id + "-2-"));
        killer.start();
        Job job = complete(client, id);
        killer.join(Duration.ofSeconds(10).toMillis());
        assertThat(tasks(job.id())).allSatisfy(task -> assertThat(task.get("retry_count"))
                .isEqualTo(Integer.valueOf(2).equals(task.get("idx")) ? 1 : 0));
        assertThat(frames(dataDir.resolve("storage/media/out/retried/clip_360p.mp4"))).isEqualTo(600);
        assertNoFilesLeft(job.id());
    }

    @Test
    void cancelingAChunkedJobStopsEveryChunkAndRemovesTheirFiles() {
        MediaConvertClient client = MediaConvertClients.at(port);
        String id = run(client, settings("canceled", tuning("MULTI_PASS_HQ")), "true");
        MediaConvertClients.awaitTrue("a chunk of the job is being encoded", Duration.ofMinutes(2),
                () -> tasks(id).stream().anyMatch(task -> "RUNNING".equals(task.get("status")) && (int) task.get("idx") > 0));
        client.cancelJob(r -> r.id(id));
        assertThat(MediaConvertClients.awaitFinal(client, id, Duration.ofSeconds(30)).status()).isEqualTo(JobStatus.CANCELED);
        MediaConvertClients.awaitTrue("no ffmpeg of the job runs", Duration.ofSeconds(30), () -> ffmpegOf(id).isEmpty());
        MediaConvertClients.awaitTrue("no task of the job is queued or running", Duration.ofSeconds(30),
                () -> tasks(id).stream().noneMatch(t -> "QUEUED".equals(t.get("status")) || "RUNNING".equals(t.get("status"))));
        assertNoFilesLeft(id);
        assertThat(dataDir.resolve("storage/media/out/canceled/clip_360p.mp4")).doesNotExist();
    }

    private String run(MediaConvertClient client, JobSettings settings, String chunked) {
        return client.createJob(r -> r.settings(settings).userMetadata(Map.of("avengine:chunked", chunked))).job().id();
    }

    private static Job complete(MediaConvertClient client, String id) {
        Job job = MediaConvertClients.awaitFinal(client, id, Duration.ofMinutes(4));
        assertThat(job.status()).as(job.errorMessage()).isEqualTo(JobStatus.COMPLETE);
        return job;
    }

    private static JobSettings settings(String folder, H264Settings h264) {
        Output mp4 = JobSettingsFixtures.mp4(640, 360, "_360p");
        mp4 = mp4.toBuilder().videoDescription(mp4.videoDescription().toBuilder().codecSettings(
                mp4.videoDescription().codecSettings().toBuilder().h264Settings(h264).build()).build()).build();
        return JobSettings.builder().inputs(JobSettingsFixtures.input("s3://media/in/clip.mp4"))
                .outputGroups(JobSettingsFixtures.fileGroup("s3://media/out/" + folder + "/", mp4),
                        StreamingFixtures.hls("s3://media/out/" + folder + "/hls/clip", 6,
                                StreamingFixtures.muxed("M3U8", 640, 360, 1_000_000, "_hls")))
                .build();
    }

    private static H264Settings tuning(String level) {
        return H264Settings.builder().rateControlMode("QVBR").maxBitrate(3_000_000).qualityTuningLevel(level).build();
    }

    private List<Map<String, Object>> tasks(String jobId) {
        return jdbc.sql("SELECT idx, status, retry_count FROM job_chunks WHERE job_id = :id ORDER BY idx")
                .param("id", jobId).query().listOfRows().stream()
                .map(row -> {
                    Map<String, Object> lower = new java.util.HashMap<>();
                    row.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
                    return lower;
                }).toList();
    }

    private static int frames(Path file) {
        String out = TestMedia.ffprobeOutput(List.of("-select_streams", "v:0", "-count_packets",
                "-show_entries", "stream=nb_read_packets", "-of", "csv=p=0", file.toString()));
        return Integer.parseInt(out.strip().lines().findFirst().orElseThrow().strip());
    }

    private static void assertAudioInSync(Path file, Path reference) {
        var audio = TestMedia.stream(TestMedia.probe(file), "audio");
        var expected = TestMedia.stream(TestMedia.probe(reference), "audio");
        for (String field : List.of("start_time", "duration")) {
            assertThat(Double.parseDouble(audio.get(field).asString())).as("audio " + field)
                    .isCloseTo(Double.parseDouble(expected.get(field).asString()), within(0.020));
        }
        double videoStart = Double.parseDouble(TestMedia.stream(TestMedia.probe(file), "video").get("start_time").asString());
        double expectedVideoStart = Double.parseDouble(TestMedia.stream(TestMedia.probe(reference), "video").get("start_time").asString());
        assertThat(videoStart).as("video start_time").isCloseTo(expectedVideoStart, within(0.020));
    }

    /** SSIM of each frame in [from, to) of {@code file} against the same frame of {@code reference}. */
    private static List<Double> ssim(Path file, Path reference, int from, int to) {
        String trim = "trim=start_frame=" + from + ":end_frame=" + to + ",setpts=PTS-STARTPTS";
        String out = TestMedia.ffmpegOutput(List.of("-i", file.toString(), "-i", reference.toString(), "-lavfi",
                "[0:v]" + trim + "[a];[1:v]" + trim + "[b];[a][b]ssim=stats_file=-", "-f", "null", "-"));
        List<Double> values = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^n:\\d+ .* All:([0-9.]+)").matcher(out);
        while (m.find()) {
            values.add(Double.parseDouble(m.group(1)));
        }
        assertThat(values).hasSize(to - from);
        return values;
    }

    private static void assertDecodesToTheEnd(Path file) {
        String out = TestMedia.ffmpegOutput(List.of("-v", "error", "-i", file.toString(), "-f", "null", "-"));
        assertThat(out.strip()).as("decoder errors").isEmpty();
    }

    private void assertNoFilesLeft(String jobId) {
        MediaConvertClients.awaitTrue("no chunk files of job " + jobId + " are left", Duration.ofSeconds(30), () ->
                !Files.exists(dataDir.resolve("storage/avengine-work/chunks/" + jobId)) && workFiles(jobId).isEmpty());
    }

    private static List<Path> workFiles(String jobId) {
        Path work = dataDir.resolve("work");
        if (!Files.exists(work)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(work)) {
            return files.filter(f -> f.getFileName().toString().contains(jobId)).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ProcessHandle> ffmpegOf(String jobId) {
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().map(c -> c.contains(jobId)).orElse(false))
                .toList();
    }

    /** Kills (SIGKILL) the first ffmpeg whose command line contains {@code marker}, as soon as it appears. */
    private static void killOnce(String marker) {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<ProcessHandle> found = ProcessHandle.allProcesses()
                    .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false)).findFirst();
            if (found.isPresent()) {
                found.get().destroyForcibly();
                return;
            }
            MediaConvertClients.sleep(5);
        }
    }
}
