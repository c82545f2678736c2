package org.avengine;

import static org.assertj.core.api.Assertions.assertThat;
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
import software.amazon.awssdk.services.mediaconvert.model.AudioSelector;
import software.amazon.awssdk.services.mediaconvert.model.ContainerSettings;
import software.amazon.awssdk.services.mediaconvert.model.H264Settings;
import software.amazon.awssdk.services.mediaconvert.model.Input;
import software.amazon.awssdk.services.mediaconvert.model.Job;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import software.amazon.awssdk.services.mediaconvert.model.JobStatus;
import software.amazon.awssdk.services.mediaconvert.model.Output;
import software.amazon.awssdk.services.mediaconvert.model.VideoCodecSettings;
import software.amazon.awssdk.services.mediaconvert.model.VideoDescription;
import tools.jackson.databind.JsonNode;

/**
 * The bad-media corpus ({@link BadMedia}) through the AWS SDK: every file ends COMPLETE with upright,
 * even-sized, stereo outputs of the right length, or in ERROR with a MediaConvert code and ffmpeg's
 * words; each within a deadline set by the media's length, while a good job submitted beside it completes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadMediaCorpusTest {

    static final Path dataDir = TestMedia.tempDir("avengine-bad-media");
    static final Path in = dataDir.resolve("storage/media/in");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("avengine.data-dir", dataDir::toString);
    }

    @BeforeAll
    static void corpus() throws IOException {
        Files.createDirectories(in);
        TestMedia.clip(in.resolve("good.mp4"), 320, 240, 2);
        BadMedia.zeroBytes(in.resolve("zero.mp4"));
        BadMedia.textNamedMp4(in.resolve("notes.mp4"));
        BadMedia.truncatedFaststart(in.resolve("cut-faststart.mp4"));
        BadMedia.truncatedMoovAtEnd(in.resolve("cut-moov-at-end.mp4"));
        BadMedia.singleFrame(in.resolve("one-frame.mp4"));
        BadMedia.oddSize(in.resolve("odd.mp4"));
        BadMedia.portraitWithRotationMatrix(in.resolve("portrait.mp4"));
        BadMedia.variableFrameRate(in.resolve("vfr.mp4"));
        BadMedia.surround51(in.resolve("surround.mp4"));
        BadMedia.twoAudioTracks(in.resolve("two-tracks.mp4"));
        BadMedia.noAudio(in.resolve("mute.mp4"));
        BadMedia.audioOnly(in.resolve("tone.m4a"));
        BadMedia.withSubtitles(in.resolve("subtitled.mp4"));
        BadMedia.declaresHoursHoldsSeconds(in.resolve("hours.mp4"));
        BadMedia.tenBitHevc(in.resolve("hevc10.mp4"));
        BadMedia.tenthOfASecondOfAudio(in.resolve("blip.m4a"));
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
    void aZeroByteFileEndsInError1010NamingTheInput() {
        Job job = run("zero.mp4", 0, video(320, 240, "_v"));
        assertError(job, 1010, "s3://media/in/zero.mp4");
    }

    @Test
    void textNamedMp4EndsInError1010WithFfprobesWords() {
        Job job = run("notes.mp4", 0, video(320, 240, "_v"));
        assertError(job, 1010, "Invalid data");
    }

    @Test
    void aTruncatedFaststartMp4CompletesWithTheFramesThatArrived() {
        Job job = run("cut-faststart.mp4", 6, JobSettingsFixtures.mp4(320, 240, "_v"));
        assertComplete(job);
        assertThat(TestMedia.duration(probe("cut-faststart", "cut-faststart_v.mp4"))).isBetween(0.5, 5.0);
    }

    @Test
    void aTruncatedMp4WhoseIndexWasAtTheEndEndsInError1010() {
        Job job = run("cut-moov-at-end.mp4", 6, JobSettingsFixtures.mp4(320, 240, "_v"));
        assertError(job, 1010, "moov atom not found");
    }

    @Test
    void aSingleFrameMakesAOneFrameVideoAndAStill() {
        Job job = run("one-frame.mp4", 0.04, video(null, null, "_v"), JobSettingsFixtures.stills("_poster", "jpg", 1));
        assertComplete(job);
        JsonNode video = TestMedia.stream(probe("one-frame", "one-frame_v.mp4"), "video");
        assertThat(video.get("nb_frames").asString()).isEqualTo("1");
        assertThat(dataDir.resolve("storage/media/out/one-frame/one-frame_poster.0000000.jpg")).isNotEmptyFile();
    }

    @Test
    void anOddSizedPictureComesOutEvenSizedIn420() {
        Job job = run("odd.mp4", 3, video(null, null, "_same"), JobSettingsFixtures.webm(640, 360, "_640"));
        assertComplete(job);
        assertPicture(probe("odd", "odd_same.mp4"), 852, 480);
        assertThat(TestMedia.stream(probe("odd", "odd_same.mp4"), "video").get("pix_fmt").asString()).isEqualTo("yuv420p");
        assertPicture(probe("odd", "odd_640.webm"), 640, 360);
    }

    @Test
    void aPortraitPhoneVideoComesOutUprightWithoutARotationLeft() {
        assertThat(TestMedia.stream(TestMedia.probe(in.resolve("portrait.mp4")), "video").toString()).contains("rotation");
        Job job = run("portrait.mp4", 3, video(null, null, "_same"), JobSettingsFixtures.webm(120, 160, "_small"));
        assertComplete(job);
        for (String file : List.of("portrait_same.mp4", "portrait_small.webm")) {
            JsonNode video = TestMedia.stream(probe("portrait", file), "video");
            assertThat(video.get("height").asInt()).as(file).isGreaterThan(video.get("width").asInt());
            assertThat(video.toString()).as(file).doesNotContain("rotation").doesNotContain("Display Matrix");
        }
        assertPicture(probe("portrait", "portrait_same.mp4"), 240, 320);
        assertPicture(probe("portrait", "portrait_small.webm"), 120, 160);
        assertThat(job.outputGroupDetails().get(0).outputDetails().get(0).videoDetails().heightInPx()).isEqualTo(320);
    }

    @Test
    void aVariableFrameRateInputKeepsItsDuration() {
        Job job = run("vfr.mp4", 3, JobSettingsFixtures.mp4(320, 240, "_v"));
        assertComplete(job);
        assertThat(TestMedia.duration(probe("vfr", "vfr_v.mp4"))).isCloseTo(3.0, within(0.25));
    }

    @Test
    void surroundSoundIsDownmixedToStereoWhereAsked() {
        assertThat(TestMedia.stream(TestMedia.probe(in.resolve("surround.mp4")), "audio").get("channels").asInt()).isEqualTo(6);
        Job job = run("surround.mp4", 3, JobSettingsFixtures.mp4(320, 240, "_v"), JobSettingsFixtures.mp3("_audio"));
        assertComplete(job);
        assertThat(TestMedia.stream(probe("surround", "surround_v.mp4"), "audio").get("channels").asInt()).isEqualTo(2);
        assertThat(TestMedia.stream(probe("surround", "surround_audio.mp3"), "audio").get("channels").asInt()).isEqualTo(2);
    }

    @Test
    void ofTwoAudioTracksTheSelectedOneIsUsedAndAMissingThirdIsError1030() {
        Job first = run("two-tracks.mp4", 3, JobSettingsFixtures.mp4(320, 240, "_v"));
        assertComplete(first);
        JsonNode out = probe("two-tracks", "two-tracks_v.mp4");
        assertThat(out.get("streams").valueStream().filter(s -> s.get("codec_type").asString().equals("audio"))).hasSize(1);
        assertThat(TestMedia.stream(out, "audio").get("channels").asInt()).isEqualTo(2);
        assertComplete(runWithTrack("two-tracks.mp4", 2));
        assertError(runWithTrack("two-tracks.mp4", 3), 1030, "selects audio track 3 but the input has 2");
    }

    @Test
    void anInputWithoutAudioMakesVideoOnlyOutputsAndRefusesAudioOnesWith1030() {
        Job job = run("mute.mp4", 3, video(320, 240, "_v"));
        assertComplete(job);
        assertThat(TestMedia.stream(probe("mute", "mute_v.mp4"), "audio")).isNull();
        assertError(run("mute.mp4", 3, JobSettingsFixtures.mp4(320, 240, "_av")), 1030, "no audio");
    }

    @Test
    void anAudioOnlyInputMakesAudioAndRefusesVideoWith1030() {
        Job job = run("tone.m4a", 3, JobSettingsFixtures.mp3("_audio"));
        assertComplete(job);
        assertThat(TestMedia.duration(probe("tone", "tone_audio.mp3"))).isCloseTo(3.0, within(0.2));
        assertError(run("tone.m4a", 3, video(320, 240, "_v")), 1030, "no video stream");
    }

    @Test
    void subtitlesInTheInputDoNotStopTheJob() {
        Job job = run("subtitled.mp4", 3, JobSettingsFixtures.mp4(320, 240, "_v"));
        assertComplete(job);
        JsonNode out = probe("subtitled", "subtitled_v.mp4");
        assertThat(TestMedia.stream(out, "subtitle")).isNull();
        assertThat(TestMedia.duration(out)).isCloseTo(3.0, within(0.2));
    }

    @Test
    void anMp4WhoseIndexClaimsHoursButHoldsSecondsComesOutSecondsLong() {
        Job job = run("hours.mp4", 3, JobSettingsFixtures.mp4(320, 240, "_v"), JobSettingsFixtures.webm(320, 240, "_w"));
        assertComplete(job);
        for (String file : List.of("hours_v.mp4", "hours_w.webm")) {
            JsonNode out = probe("hours", file);
            assertThat(TestMedia.duration(out)).as(file).isLessThan(4.0);
            assertThat(TestMedia.stream(out, "video").path("duration").asDouble(0)).as(file).isLessThan(4.0);
        }
        assertThat(job.outputGroupDetails().get(0).outputDetails().get(0).durationInMs()).isLessThan(4000);
    }

    @Test
    void tenBitHevcBecomesEightBitH264ThatEveryPlayerDecodes() {
        Job job = run("hevc10.mp4", 3, JobSettingsFixtures.mp4(320, 240, "_v"));
        assertComplete(job);
        JsonNode video = TestMedia.stream(probe("hevc10", "hevc10_v.mp4"), "video");
        assertThat(video.get("codec_name").asString()).isEqualTo("h264");
        assertThat(video.get("pix_fmt").asString()).isEqualTo("yuv420p");
        assertThat(video.get("profile").asString()).doesNotContain("10");
    }

    @Test
    void aTenthOfASecondOfAudioStillMakesAShortFile() {
        Job job = run("blip.m4a", 0.1, JobSettingsFixtures.mp3("_audio"));
        assertComplete(job);
        assertThat(TestMedia.duration(probe("blip", "blip_audio.mp3"))).isLessThan(0.5);
    }

    /** Runs the case's job and, submitted right after it, a good job; both must end before their deadlines. */
    private Job run(String file, double mediaSeconds, Output... outputs) {
        return submitBeside(JobSettings.builder().inputs(JobSettingsFixtures.input("s3://media/in/" + file))
                .outputGroups(JobSettingsFixtures.fileGroup("s3://media/out/" + base(file) + "/", outputs)).build(), mediaSeconds);
    }

    private Job runWithTrack(String file, int track) {
        Input input = JobSettingsFixtures.input("s3://media/in/" + file).toBuilder()
                .audioSelectors(Map.of("Audio Selector 1", AudioSelector.builder().tracks(track).build())).build();
        return submitBeside(JobSettings.builder().inputs(input).outputGroups(JobSettingsFixtures.fileGroup(
                "s3://media/out/track" + track + "/", JobSettingsFixtures.mp4(320, 240, "_v"))).build(), 3);
    }

    private Job submitBeside(JobSettings settings, double mediaSeconds) {
        MediaConvertClient client = MediaConvertClients.at(port);
        String bad = client.createJob(r -> r.settings(settings)).job().id();
        JobSettings goodSettings = JobSettings.builder().inputs(JobSettingsFixtures.input("s3://media/in/good.mp4"))
                .outputGroups(JobSettingsFixtures.fileGroup("s3://media/out/good/" + bad + "/",
                        JobSettingsFixtures.mp4(320, 240, "_good"))).build();
        String good = client.createJob(r -> r.settings(goodSettings)).job().id();
        Duration deadline = Duration.ofSeconds(90 + Math.round(20 * mediaSeconds));
        Job done = MediaConvertClients.awaitFinal(client, bad, deadline);
        Job beside = MediaConvertClients.awaitFinal(client, good, Duration.ofSeconds(90));
        assertThat(beside.status()).as("the good job beside it: " + beside.errorMessage()).isEqualTo(JobStatus.COMPLETE);
        return done;
    }

    private static Output video(Integer width, Integer height, String nameModifier) {
        return Output.builder().nameModifier(nameModifier)
                .containerSettings(ContainerSettings.builder().container("MP4").build())
                .videoDescription(VideoDescription.builder().width(width).height(height)
                        .codecSettings(VideoCodecSettings.builder().codec("H_264").h264Settings(H264Settings.builder()
                                .rateControlMode("QVBR").maxBitrate(2_000_000).build()).build()).build())
                .build();
    }

    private static void assertComplete(Job job) {
        assertThat(job.status()).as(job.errorMessage()).isEqualTo(JobStatus.COMPLETE);
    }

    private static void assertError(Job job, int code, String message) {
        assertThat(job.status()).isEqualTo(JobStatus.ERROR);
        assertThat(job.errorCode()).as(job.errorMessage()).isEqualTo(code);
        assertThat(job.errorMessage()).contains(message);
    }

    private static void assertPicture(JsonNode probe, int width, int height) {
        JsonNode video = TestMedia.stream(probe, "video");
        assertThat(video.get("width").asInt()).isEqualTo(width);
        assertThat(video.get("height").asInt()).isEqualTo(height);
    }

    private static JsonNode probe(String folder, String file) {
        return TestMedia.probe(dataDir.resolve("storage/media/out/" + folder + "/" + file));
    }

    private static String base(String file) {
        return file.substring(0, file.lastIndexOf('.'));
    }
}
