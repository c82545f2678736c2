package org.avengine.transcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import org.avengine.JobSettingsFixtures;
import org.avengine.StreamingFixtures;
import org.avengine.ffmpeg.MediaInfo;
import org.avengine.ffmpeg.StreamInfo;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import software.amazon.awssdk.services.mediaconvert.model.OutputGroup;

class StreamingPlanTest {

    static final MediaInfo MEDIA = new MediaInfo("mov,mp4", 5.0, 1_000_000L, 1000, List.of(
            new StreamInfo(0, "video", "h264", "High", 640, 360, 0, 25.0, null, null, null, "yuv420p", 5.0, 900_000L, false),
            new StreamInfo(1, "audio", "aac", "LC", null, null, 0, null, 48_000, 2, "stereo", null, 5.0, 96_000L, false)));
    static final Path WORK = Path.of("/work/job");

    static TranscodePlan plan(OutputGroup... groups) {
        JobSettings settings = JobSettings.builder().inputs(JobSettingsFixtures.input("s3://media/in/clip.mp4"))
                .outputGroups(groups).build();
        return new JobPlanner(TranscodeDefaults.properties()).plan(settings, MEDIA, Path.of("/work/job/clip.mp4"), "clip.mp4", WORK);
    }

    static String after(List<String> args, String option) {
        return args.get(args.indexOf(option) + 1);
    }

    @Test
    void anHlsGroupIsOneHlsMuxerWithAVariantPerOutputNamedByItsNameModifier() {
        TranscodePlan plan = plan(StreamingFixtures.hls("s3://media/out/hls/master", 2,
                StreamingFixtures.muxed("M3U8", 640, 360, 800_000, "_high"),
                StreamingFixtures.muxed("M3U8", 320, 180, 300_000, "_low")));
        List<String> args = plan.arguments();

        assertThat(Collections.frequency(args, "-f")).isEqualTo(1);
        assertThat(after(args, "-f")).isEqualTo("hls");
        assertThat(after(args, "-var_stream_map")).isEqualTo("v:0,a:0,name:_high v:1,a:1,name:_low");
        assertThat(after(args, "-master_pl_name")).isEqualTo("master.m3u8");
        assertThat(after(args, "-hls_time")).isEqualTo("2");
        assertThat(after(args, "-hls_segment_type")).isEqualTo("mpegts");
        assertThat(after(args, "-hls_segment_filename")).isEqualTo("/work/job/g0/master%v_%05d.ts");
        assertThat(args.get(args.size() - 1)).isEqualTo("/work/job/g0/master%v.m3u8");
        assertThat(after(args, "-b:v:1")).isEqualTo("300000");
        assertThat(after(args, "-c:a:1")).isEqualTo("aac");
        assertThat(plan.packagedGroups()).singleElement().satisfies(group -> {
            assertThat(group.manifests()).containsExactly("master.m3u8");
            assertThat(group.renditionFiles(1)).containsExactly("master_low.m3u8");
        });
    }

    @Test
    void everyVideoRenditionHasKeyframesForcedAtTheSegmentBoundaries() {
        List<String> args = plan(StreamingFixtures.hls("s3://media/out/hls/master", 4,
                StreamingFixtures.video("M3U8", 640, 360, 800_000, "_high"),
                StreamingFixtures.video("M3U8", 320, 180, 300_000, "_low"))).arguments();

        assertThat(after(args, "-force_key_frames:v:0")).isEqualTo("expr:gte(t,n_forced*4)");
        assertThat(after(args, "-force_key_frames:v:1")).isEqualTo("expr:gte(t,n_forced*4)");
    }

    @Test
    void cmfcOutputsInAnHlsGroupWriteFmp4SegmentsAndSingleFileUsesByteRanges() {
        OutputGroup group = StreamingFixtures.hls("s3://media/out/hls/master", 2,
                StreamingFixtures.muxed("CMFC", 640, 360, 800_000, "_high"));
        group = group.toBuilder().outputGroupSettings(group.outputGroupSettings().toBuilder()
                .hlsGroupSettings(group.outputGroupSettings().hlsGroupSettings().toBuilder()
                        .segmentControl("SINGLE_FILE").manifestDurationFormat("INTEGER").programDateTime("INCLUDE").build())
                .build()).build();
        List<String> args = plan(group).arguments();

        assertThat(after(args, "-hls_segment_type")).isEqualTo("fmp4");
        assertThat(after(args, "-hls_fmp4_init_filename")).isEqualTo("master_high_init.mp4");
        assertThat(after(args, "-hls_flags")).isEqualTo("single_file+round_durations+program_date_time");
        assertThat(after(args, "-hls_segment_filename")).isEqualTo("/work/job/g0/master%v.mp4");
    }

    @Test
    void audioOnlyOutputsBecomeTheAudioRenditionGroupOfVideoOnlyVariants() {
        List<String> args = plan(StreamingFixtures.hls("s3://media/out/hls/master", 2,
                StreamingFixtures.video("M3U8", 640, 360, 800_000, "_video"),
                StreamingFixtures.audio("M3U8", "_audio"))).arguments();

        assertThat(after(args, "-var_stream_map"))
                .isEqualTo("v:0,name:_video,agroup:program_audio a:0,name:_audio,agroup:program_audio");
    }

    @Test
    void aDashGroupIsOneDashMuxerWithAnAdaptationSetPerMediaType() {
        TranscodePlan plan = plan(StreamingFixtures.dash("s3://media/out/dash/stream", 2,
                StreamingFixtures.video("MPD", 640, 360, 800_000, "_high"),
                StreamingFixtures.video("MPD", 320, 180, 300_000, "_low"),
                StreamingFixtures.audio("MPD", "_audio")));
        List<String> args = plan.arguments();

        assertThat(after(args, "-f")).isEqualTo("dash");
        assertThat(after(args, "-adaptation_sets")).isEqualTo("id=0,streams=v id=1,streams=a");
        assertThat(after(args, "-seg_duration")).isEqualTo("2");
        assertThat(after(args, "-media_seg_name")).isEqualTo("avengine-rep$RepresentationID$_$Number%09d$.mp4");
        assertThat(args.get(args.size() - 1)).isEqualTo("/work/job/g0/stream.mpd");
        assertThat(args).doesNotContain("-hls_playlist");
        PackagedGroup group = plan.packagedGroups().get(0);
        assertThat(group.streams()).containsExactly(List.of(0), List.of(1), List.of(2));
        assertThat(group.renditionFiles(2)).containsExactly("stream_audio_init.mp4");
    }

    @Test
    void vp9AndOpusInADashGroupAreNumberedPerStreamAndStillWrittenAsFmp4() {
        OutputGroup group = StreamingFixtures.dash("s3://media/out/dash/stream", 2,
                JobSettingsFixtures.webm(320, 180, "_vp9").toBuilder().containerSettings(c -> c.container("MPD")).build());
        List<String> args = plan(group).arguments();

        assertThat(after(args, "-c:v:0")).isEqualTo("libvpx-vp9");
        assertThat(after(args, "-c:a:0")).isEqualTo("libopus");
        assertThat(after(args, "-dash_segment_type")).isEqualTo("mp4");
    }

    @Test
    void aCmafGroupWritesAnHlsMultivariantPlaylistBesideTheMpd() {
        TranscodePlan plan = plan(StreamingFixtures.cmaf("s3://media/out/cmaf/stream", 2,
                StreamingFixtures.video("CMFC", 640, 360, 800_000, "_video"),
                StreamingFixtures.audio("CMFC", "_audio")));

        assertThat(after(plan.arguments(), "-hls_playlist")).isEqualTo("1");
        assertThat(after(plan.arguments(), "-hls_master_name")).isEqualTo("stream.m3u8");
        assertThat(plan.packagedGroups().get(0).manifests()).containsExactly("stream.m3u8", "stream.mpd");
        assertThat(plan.packagedGroups().get(0).renditionFiles(1)).containsExactly("stream_audio.m3u8");
    }

    @Test
    void fileHlsAndDashGroupsAreOneFfmpegCommandThatDecodesTheInputOnce() {
        TranscodePlan plan = plan(
                JobSettingsFixtures.fileGroup("s3://media/out/file/", JobSettingsFixtures.mp4(640, 360, "_mp4")),
                StreamingFixtures.hls("s3://media/out/hls/master", 2, StreamingFixtures.muxed("M3U8", 640, 360, 800_000, "_high")),
                StreamingFixtures.dash("s3://media/out/dash/stream", 2, StreamingFixtures.video("MPD", 320, 180, 300_000, "_v"),
                        StreamingFixtures.audio("MPD", "_a")));
        List<String> args = plan.arguments();

        assertThat(Collections.frequency(args, "-i")).isEqualTo(1);
        assertThat(args).containsSubsequence("-f", "mp4", "-f", "hls", "-f", "dash");
        assertThat(after(args, "-filter_complex")).startsWith("[0:v:0]split=2");
        assertThat(plan.outputs()).hasSize(4);
        assertThat(plan.packagedGroups()).extracting(PackagedGroup::index).containsExactly(1, 2);
    }
}
