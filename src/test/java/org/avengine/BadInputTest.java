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
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import software.amazon.awssdk.services.mediaconvert.MediaConvertClient;
import software.amazon.awssdk.services.mediaconvert.model.Job;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import software.amazon.awssdk.services.mediaconvert.model.JobStatus;

/**
 * What users upload by mistake and what clients send wrong: every case ends in a 400 that names the
 * field, or in a job that ends in ERROR with a code and ffmpeg's own words, and leaves nothing behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputTest {

    static final Path dataDir = TestMedia.tempDir("avengine-bad-input");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
    }

    @BeforeAll
    static void media() throws IOException {
        Path in = Files.createDirectories(dataDir.resolve("storage/media/in"));
        Files.writeString(in.resolve("text.mp4"), "This is not a video, it is a note someone saved as .mp4\n".repeat(50));
        Files.write(in.resolve("empty.mp4"), new byte[0]);
        Files.writeString(in.resolve("playlist.m3u8"), "#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:6,\n"
                + whole(in) + "\n#EXT-X-ENDLIST\n");
        Files.writeString(in.resolve("playlist.mp4"), "#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\n"
                + "file:///etc/passwd\n#EXTINF:10,\n" + whole(in) + "\n#EXT-X-ENDLIST\n");
        TestMedia.silentClip(in.resolve("silent.mp4"), 320, 240, 2);
        Path whole = in.resolve("whole.mp4");
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(in.resolve("truncated.mp4"), java.util.Arrays.copyOf(bytes, bytes.length / 3));
        TestMedia.generate(in.resolve("moov-at-end.mp4"), List.of("-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=6",
                "-c:v", "libx264", "-preset", "ultrafast"));
        byte[] tail = Files.readAllBytes(in.resolve("moov-at-end.mp4"));
        Files.write(in.resolve("truncated-moov-at-end.mp4"), java.util.Arrays.copyOf(tail, tail.length / 2));
    }

    private static String whole(Path in) {
        return TestMedia.clip(in.resolve("whole.mp4"), 320, 240, 6).toUri().toString();
    }

    @AfterAll
    static void nothingLeftBehind() throws IOException {
        Path work = dataDir.resolve("work");
        if (Files.exists(work)) {
            try (Stream<Path> left = Files.list(work)) {
                assertThat(left.toList()).as("job work folders left behind").isEmpty();
            }
        }
    }

    @Test
    void aTextFileNamedMp4EndsInError1010WithFfprobesMessage() {
        Job job = run("s3://media/in/text.mp4");
        assertThat(job.status()).isEqualTo(JobStatus.ERROR);
        assertThat(job.errorCode()).isEqualTo(1010);
        assertThat(job.errorMessage()).contains("s3://media/in/text.mp4").containsIgnoringCase("invalid data");
    }

    @Test
    void aPlaylistDisguisedAsMp4CannotMakeFfmpegReadOtherFiles() {
        Job job = run("s3://media/in/playlist.mp4");
        assertThat(job.status()).isEqualTo(JobStatus.ERROR);
        assertThat(job.errorCode()).isIn(1010, 1030);
        assertThat(job.errorMessage()).doesNotContain("root:");
        assertThat(dataDir.resolve("storage/media/out/bad/playlist_x.mp4")).doesNotExist();
        Job list = run("s3://media/in/playlist.m3u8");
        assertThat(list.status()).isEqualTo(JobStatus.ERROR);
        assertThat(list.errorCode()).isEqualTo(1030);
        assertThat(list.errorMessage()).contains("it is hls").doesNotContain("root:");
    }

    @Test
    void aZeroByteFileEndsInError1010() {
        Job job = run("s3://media/in/empty.mp4");
        assertThat(job.status()).isEqualTo(JobStatus.ERROR);
        assertThat(job.errorCode()).isEqualTo(1010);
        assertThat(job.errorMessage()).contains("s3://media/in/empty.mp4");
    }

    @Test
    void aTruncatedMp4WithItsIndexAtTheStartCompletesWithWhatIsThere() {
        Job job = run("s3://media/in/truncated.mp4");
        assertThat(job.status()).as(job.errorMessage()).isIn(JobStatus.COMPLETE, JobStatus.ERROR);
        if (job.status() == JobStatus.ERROR) {
            assertThat(job.errorCode()).isEqualTo(1010);
        }
    }

    @Test
    void aTruncatedMp4WithItsIndexMissingEndsInError1010() {
        Job job = run("s3://media/in/truncated-moov-at-end.mp4");
        assertThat(job.status()).isEqualTo(JobStatus.ERROR);
        assertThat(job.errorCode()).isEqualTo(1010);
        assertThat(job.errorMessage()).containsIgnoringCase("moov atom not found");
    }

    @Test
    void audioAskedFromAnInputWithoutAudioEndsInError1030NamingTheOutput() {
        Job job = run("s3://media/in/silent.mp4");
        assertThat(job.status()).isEqualTo(JobStatus.ERROR);
        assertThat(job.errorCode()).isEqualTo(1030);
        assertThat(job.errorMessage()).contains("settings.outputGroups[0].outputs[0].audioDescriptions[0]").contains("no audio");
    }

    @Test
    void anUnknownFieldIsA400NamingItsPath() throws Exception {
        HttpResponse<String> response = post("""
                {"settings": {"inputs": [{"fileInput": "s3://media/in/whole.mp4"}],
                  "outputGroups": [{"outputGroupSettings": {"type": "FILE_GROUP_SETTINGS",
                    "fileGroupSettings": {"destination": "s3://media/out/x"}},
                    "outputs": [{"containerSettings": {"container": "MP4"}, "videoDescription": {"widht": 640,
                      "codecSettings": {"codec": "H_264"}}}]}]}}""");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("BadRequestException");
        assertThat(response.body()).contains("settings.outputGroups[0].outputs[0].videoDescription.widht");
    }

    @Test
    void anUnknownEnumValueIsA400NamingItsPathAndTheAllowedValues() throws Exception {
        HttpResponse<String> response = post("""
                {"settings": {"inputs": [{"fileInput": "s3://media/in/whole.mp4"}],
                  "outputGroups": [{"outputGroupSettings": {"type": "FILE_GROUP_SETTINGS",
                    "fileGroupSettings": {"destination": "s3://media/out/x"}},
                    "outputs": [{"containerSettings": {"container": "MP4"}, "videoDescription": {
                      "codecSettings": {"codec": "H_264", "h264Settings": {"rateControlMode": "CBRX"}}}}]}]}}""");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("settings.outputGroups[0].outputs[0].videoDescription.codecSettings.h264Settings.rateControlMode")
                .contains("QVBR");
    }

    @Test
    void malformedJsonIsA400() throws Exception {
        HttpResponse<String> response = post("{\"settings\": ");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("not valid JSON");
    }

    @Test
    void aLocalFileOutsideTheAllowedRootsIsRefused() throws Exception {
        HttpResponse<String> response = post("""
                {"settings": {"inputs": [{"fileInput": "file:///etc/passwd"}],
                  "outputGroups": [{"outputGroupSettings": {"type": "FILE_GROUP_SETTINGS",
                    "fileGroupSettings": {"destination": "s3://media/out/x"}},
                    "outputs": [{"containerSettings": {"container": "RAW"}, "audioDescriptions": [{
                      "codecSettings": {"codec": "MP3"}}]}]}]}}""");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("settings.inputs[0].fileInput");
    }

    private Job run(String input) {
        MediaConvertClient client = MediaConvertClients.at(port);
        JobSettings settings = JobSettings.builder().inputs(JobSettingsFixtures.input(input))
                .outputGroups(JobSettingsFixtures.fileGroup("s3://media/out/bad/", JobSettingsFixtures.mp4(320, 240, "_x")))
                .build();
        String id = client.createJob(r -> r.settings(settings)).job().id();
        return MediaConvertClients.awaitFinal(client, id, Duration.ofMinutes(2));
    }

    private HttpResponse<String> post(String body) throws IOException, InterruptedException {
        HttpRequest request = SignedRequests.post(URI.create("http://127.0.0.1:" + port + "/2017-08-29/jobs"), body).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
