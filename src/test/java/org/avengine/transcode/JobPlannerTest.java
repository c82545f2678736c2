package org.avengine.transcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.avengine.JobSettingsFixtures;
import org.avengine.ffmpeg.MediaInfo;
import org.avengine.ffmpeg.StreamInfo;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.mediaconvert.model.InputClipping;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;

class JobPlannerTest {

    static final StreamInfo VIDEO = new StreamInfo(0, "video", "h264", "High", 1920, 1080, 0, 25.0, null, null, null,
            "yuv420p", 10.0, 5_000_000L, false);
    static final StreamInfo AUDIO = new StreamInfo(1, "audio", "aac", "LC", null, null, 0, null, 48_000, 2, "stereo",
            null, 10.0, 128_000L, false);
    static final MediaInfo MEDIA = new MediaInfo("mov,mp4,m4a,3gp,3g2,mj2", 10.0, 5_128_000L, 6_400_000L, List.of(VIDEO, AUDIO));

    final JobPlanner planner = new JobPlanner();

    TranscodePlan plan(JobSettings settings, MediaInfo media) {
        return planner.plan(settings, media, Path.of("/work/in.mp4"), "in.mp4", Path.of("/work/job"));
    }

    @Test
    void readsTheInputOnlyWithTheWhitelistedProtocolAndFormatsAndBoundedFrameDurations() {
        List<String> args = plan(JobSettingsFixtures.productLadder("s3://media/in.mp4", "s3://media/out/"), MEDIA).arguments();
        List<String> beforeInput = args.subList(0, args.indexOf("-i"));
        assertThat(beforeInput).containsSubsequence(org.avengine.ffmpeg.InputFormats.INPUT_OPTIONS);
        assertThat(beforeInput).containsSubsequence("-bsf:v", FrameDurations.BSF);
        assertThat(args.get(args.indexOf("-i") + 1)).isEqualTo("/work/in.mp4");
    }

    @Test
    void decodesTheInputOnceAndEncodesEveryOutputInOneCommand() {
        TranscodePlan plan = plan(JobSettingsFixtures.productLadder("s3://media/in.mp4", "s3://media/out/"), MEDIA);
        List<String> args = plan.arguments();
        assertThat(args.stream().filter("-i"::equals)).hasSize(1);
        assertThat(plan.outputs()).hasSize(5);
        String graph = args.get(args.indexOf("-filter_complex") + 1);
        assertThat(graph).startsWith("[0:v:0]split=3");
        assertThat(graph).contains("scale=1280:720,setsar=1[v0]").contains("scale=640:360,setsar=1[v2]");
        assertThat(graph).contains("fps=1/2:eof_action=pass,scale=640:360,setsar=1,split=2");
        assertThat(graph).contains("[0:a:0]asplit=3");
        assertThat(args).containsSubsequence("-c:v", "libx264", "-crf", "23", "-maxrate", "3000000");
        assertThat(args).containsSubsequence("-c:v", "libvpx-vp9", "-row-mt", "1", "-b:v", "800000");
        assertThat(args).containsSubsequence("-c:a:0", "libmp3lame", "-ar:a:0", "44100", "-ac:a:0", "2", "-b:a:0", "128000",
                "-f", "mp3", "/work/job/g0o2/in_audio.mp3");
        assertThat(args).containsSubsequence("-c:v", "libwebp", "-quality", "80", "-frames:v", "1", "-start_number", "0",
                "-f", "image2", "/work/job/g0o4/in_poster.%07d.webp");
        assertThat(plan.outputs().get(0).destinationPrefix()).isEqualTo("s3://media/out/");
        assertThat(plan.durationSeconds()).isEqualTo(10.0);
    }

    @Test
    void userMetadataTagsGoToEveryMediaFileAsValuesButNotToStills() {
        JobSettings settings = JobSettingsFixtures.productLadder("s3://media/in.mp4", "s3://media/out/");
        ContainerTags tags = ContainerTags.from(java.util.Map.of("Title", "-i /etc/passwd\u0000", "dlcsId", "1/2/x"));
        List<String> args = planner.plan(settings, MEDIA, Path.of("/work/in.mp4"), "in.mp4", Path.of("/work/job"), tags)
                .arguments();
        assertThat(args.stream().filter("title=-i /etc/passwd"::equals)).as("MP4, WebM and MP3, not the stills").hasSize(3);
        assertThat(args.get(args.indexOf("title=-i /etc/passwd") - 1)).isEqualTo("-metadata");
        assertThat(args).noneMatch(arg -> arg.contains("dlcsId"));
    }

    @Test
    void aClippingBecomesASeekAndADurationBeforeTheInput() {
        JobSettings settings = JobSettingsFixtures.productLadder("s3://media/in.mp4", "s3://media/out/clip");
        var input = settings.inputs().get(0).toBuilder().inputClippings(InputClipping.builder()
                .startTimecode("00:00:02:00").endTimecode("00:00:05:12").build()).build();
        TranscodePlan plan = plan(settings.toBuilder().inputs(input).build(), MEDIA);
        assertThat(plan.arguments()).containsSubsequence("-ss", "2.000", "-t", "3.480", "-i", "/work/in.mp4");
        assertThat(plan.durationSeconds()).isEqualTo(3.48, org.assertj.core.data.Offset.offset(0.001));
        assertThat(plan.outputs().get(0).baseName()).isEqualTo("clip_720p");
    }

    @Test
    void aPortraitPhoneVideoIsScaledFromItsUprightSize() {
        StreamInfo rotated = new StreamInfo(0, "video", "h264", "High", 1920, 1080, 90, 30.0, null, null, null,
                "yuv420p", 10.0, null, false);
        MediaInfo media = new MediaInfo("mov", 10.0, null, 1L, List.of(rotated, AUDIO));
        JobSettings settings = JobSettings.builder().inputs(JobSettingsFixtures.input("s3://media/in.mp4"))
                .outputGroups(JobSettingsFixtures.fileGroup("s3://media/out/",
                        JobSettingsFixtures.mp4(1280, 720, "_fit").toBuilder()
                                .videoDescription(v -> v.width(null).height(640).codecSettings(c -> c.codec("H_264")))
                                .build()))
                .build();
        String graph = plan(settings, media).arguments().get(plan(settings, media).arguments().indexOf("-filter_complex") + 1);
        assertThat(graph).contains("scale=360:640");
    }

    @Test
    void audioAskedFromAnInputWithoutAudioCannotBePlanned() {
        MediaInfo silent = new MediaInfo("mov", 10.0, null, 1L, List.of(VIDEO));
        assertThatThrownBy(() -> plan(JobSettingsFixtures.productLadder("s3://media/in.mp4", "s3://media/out/"), silent))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("settings.outputGroups[0].outputs[0].audioDescriptions[0]")
                .hasMessageContaining("no audio");
    }

    @Test
    void aDestinationEndingInASlashTakesTheInputsName() {
        assertThat(Destination.of("s3://media/out/", "car 1.mov")).isEqualTo(new Destination("s3://media/out/", "car 1"));
        assertThat(Destination.of("s3://media/out/video", "car.mov")).isEqualTo(new Destination("s3://media/out/", "video"));
    }
}
