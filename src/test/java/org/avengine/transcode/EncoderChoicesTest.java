package org.avengine.transcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.mediaconvert.model.H264Settings;
import software.amazon.awssdk.services.mediaconvert.model.H265Settings;
import software.amazon.awssdk.services.mediaconvert.model.VideoCodecSettings;
import software.amazon.awssdk.services.mediaconvert.model.Vp9Settings;

class EncoderChoicesTest {

    static List<String> h264(String level) {
        return VideoEncoder.arguments(VideoCodecSettings.builder().codec("H_264")
                .h264Settings(H264Settings.builder().qualityTuningLevel(level).build()).build(), new EncoderTarget(25, 1280, 3));
    }

    static List<String> vp9(String level, int width) {
        return VideoEncoder.arguments(VideoCodecSettings.builder().codec("VP9")
                .vp9Settings(Vp9Settings.builder().qualityTuningLevel(level).bitrate(1_000_000).build()).build(),
                new EncoderTarget(25, width, 2));
    }

    @Test
    void qualityTuningLevelPicksTheX264Preset() {
        assertThat(h264(null)).containsSubsequence("-preset", "veryfast");
        assertThat(h264("SINGLE_PASS")).containsSubsequence("-preset", "veryfast");
        assertThat(h264("SINGLE_PASS_HQ")).containsSubsequence("-preset", "medium");
        assertThat(h264("MULTI_PASS_HQ")).containsSubsequence("-preset", "slow");
    }

    @Test
    void everyVideoEncoderGetsTheThreadsItWasGiven() {
        assertThat(h264(null)).containsSubsequence("-c:v", "libx264", "-threads", "3");
        assertThat(vp9(null, 1280)).containsSubsequence("-c:v", "libvpx-vp9", "-threads", "2");
        List<String> h265 = VideoEncoder.arguments(VideoCodecSettings.builder().codec("H_265")
                .h265Settings(H265Settings.builder().build()).build(), new EncoderTarget(25, 1920, 4));
        assertThat(h265).containsSubsequence("-x265-params", "log-level=error:pools=4", "-threads", "4");
    }

    @Test
    void vp9EncodesRowsInParallelOverTileColumnsOfAtLeast256Pixels() {
        assertThat(vp9(null, 480)).containsSubsequence("-row-mt", "1", "-tile-columns", "0");
        assertThat(vp9(null, 640)).containsSubsequence("-row-mt", "1", "-tile-columns", "1");
        assertThat(vp9(null, 1280)).containsSubsequence("-tile-columns", "2");
        assertThat(vp9(null, 3840)).containsSubsequence("-tile-columns", "2");
    }

    @Test
    void qualityTuningLevelPicksLibvpxSpeed() {
        assertThat(vp9(null, 1280)).containsSubsequence("-deadline", "good", "-cpu-used", "4");
        assertThat(vp9("SINGLE_PASS_HQ", 1280)).containsSubsequence("-deadline", "good", "-cpu-used", "2");
        assertThat(vp9("MULTI_PASS_HQ", 1280)).containsSubsequence("-deadline", "good", "-cpu-used", "1");
    }

    @Test
    void aNodeSharesOneAndAHalfThreadsPerCoreAmongTheJobsItRunsAtOnce() {
        assertThat(EncoderTarget.threads(8, 2)).isEqualTo(6);
        assertThat(EncoderTarget.threads(2, 1)).isEqualTo(3);
        assertThat(EncoderTarget.threads(2, 2)).isEqualTo(2);
        assertThat(EncoderTarget.threads(2, 4)).isEqualTo(1);
        assertThat(EncoderTarget.threads(1, 1)).isEqualTo(2);
    }

    @Test
    void outputsOfTheSameSizeAreScaledOnce() {
        var settings = org.avengine.JobSettingsFixtures.productLadder("s3://media/in.mp4", "s3://media/out/");
        var plan = new JobPlanner(TranscodeDefaults.properties()).plan(settings, JobPlannerTest.MEDIA,
                java.nio.file.Path.of("/in.mp4"), "in.mp4", java.nio.file.Path.of("/job"));
        String graph = plan.arguments().get(plan.arguments().indexOf("-filter_complex") + 1);
        assertThat(graph.split("scale=640:360", -1)).hasSize(3);
        assertThat(graph).contains("scale=640:360,setsar=1,split=2");
    }
}
