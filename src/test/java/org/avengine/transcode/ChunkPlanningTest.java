package org.avengine.transcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.avengine.JobSettingsFixtures;
import org.avengine.StreamingFixtures;
import org.avengine.ffmpeg.VideoFrames;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.mediaconvert.model.CreateJobRequest;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;

class ChunkPlanningTest {

    static final Path WORK = Path.of("/work/job");

    /** {@code seconds} of frames at 25 per second, a keyframe every {@code gop} frames. */
    static VideoFrames frames(double seconds, int gop) {
        List<Double> times = new ArrayList<>();
        List<Boolean> keys = new ArrayList<>();
        for (int i = 0; i < seconds * 25; i++) {
            times.add(i / 25.0);
            keys.add(i % gop == 0);
        }
        return new VideoFrames(times, keys);
    }

    @Test
    void bordersGoOnTheInputsKeyframesNearTheChunkLengthAndEveryFrameIsInOneChunk() {
        var chunks = ChunkBorders.split(frames(60, 48), 10, 0, 60);
        assertThat(chunks).extracting(ChunkBorders.Chunk::firstFrame).containsExactly(0, 240, 480, 768, 1008, 1248);
        assertThat(chunks.stream().mapToInt(ChunkBorders.Chunk::frames).sum()).isEqualTo(1500);
        assertThat(chunks.get(1).seek()).isCloseTo(239.5 / 25, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(chunks.get(0).seek()).isZero();
    }

    @Test
    void withoutAKeyframeNearByABorderGoesOnTheFrameAtTheChunkLength() {
        var chunks = ChunkBorders.split(frames(30, 250), 10, 0, 30);
        assertThat(chunks).extracting(ChunkBorders.Chunk::firstFrame).containsExactly(0, 250, 500);
        assertThat(chunks).extracting(ChunkBorders.Chunk::duration).containsExactly(10.0, 10.0, 10.0);
    }

    @Test
    void withHlsChunksAreWholeSegmentsAndTheLastChunkIsNeverASliver() {
        assertThat(ChunkBorders.chunkSeconds(10, 6)).isEqualTo(12);
        assertThat(ChunkBorders.chunkSeconds(10, 0)).isEqualTo(10);
        var chunks = ChunkBorders.split(frames(25, 48), 12, 6, 25);
        assertThat(chunks).extracting(ChunkBorders.Chunk::firstFrame).containsExactly(0, 300);
    }

    @Test
    void aChunkTaskSeeksEncodesItsFramesOnlyAndAudioIsEncodedOnceForEveryOutput() {
        JobSettings settings = JobSettings.builder().inputs(JobSettingsFixtures.input("s3://media/in.mp4"))
                .outputGroups(JobSettingsFixtures.fileGroup("s3://media/out/", JobSettingsFixtures.mp4(1280, 720, "_720p")),
                        StreamingFixtures.hls("s3://media/out/hls/in", 6, StreamingFixtures.muxed("M3U8", 640, 360, 800_000, "_360p")))
                .build();
        TranscodePlan plan = new JobPlanner(TranscodeDefaults.properties()).plan(settings, JobPlannerTest.MEDIA,
                Path.of("/in.mp4"), "in.mp4", WORK);
        var tasks = new ChunkPlanner(plan, JobPlannerTest.MEDIA, settings.inputs().get(0), 1)
                .tasks(ChunkBorders.split(frames(10, 250), 6, 6, 10));
        assertThat(tasks).extracting(ChunkTask::index).containsExactly(0, 1, 2);
        ChunkTask audio = tasks.get(0);
        assertThat(audio.outputs()).containsExactly("a_g0o0.m4a", "a_g1o0.m4a");
        assertThat(audio.arguments()).containsSubsequence("-i", ChunkTask.INPUT, "-filter_complex", "[0:a:0]asplit=2[a0][a1]");
        ChunkTask second = tasks.get(2);
        assertThat(second.arguments()).containsSubsequence("-ss", "5.980000", "-i", ChunkTask.INPUT);
        assertThat(second.arguments().get(second.arguments().indexOf("-filter_complex") + 1)).startsWith("[0:v:0]setpts=PTS-STARTPTS,split=2");
        assertThat(second.arguments()).containsSubsequence("-threads", "1", "-frames:v", "100", "-f", "mp4", "{dir}/v00002_g0o0.mp4");
        assertThat(second.arguments()).containsSubsequence("-force_key_frames", "expr:gte(t,n_forced*6)", "-frames:v", "100");
        assertThat(second.arguments()).doesNotContain("-c:a", "-c:a:0");
        assertThat(second.outputs()).containsExactly("v00002_g0o0.mp4", "v00002_g1o0.mp4");
    }

    @Test
    void theJoinsCopyTheChunksAndTheAudioIntoTheOutputsWithoutReEncoding() {
        JobSettings settings = JobSettings.builder().inputs(JobSettingsFixtures.input("s3://media/in.mp4"))
                .outputGroups(JobSettingsFixtures.fileGroup("s3://media/out/", JobSettingsFixtures.mp4(1280, 720, "_720p")))
                .build();
        TranscodePlan plan = new JobPlanner(TranscodeDefaults.properties()).plan(settings, JobPlannerTest.MEDIA,
                Path.of("/in.mp4"), "in.mp4", WORK);
        var joins = new ChunkJoins(plan, settings.outputGroups(), WORK.resolve("chunks"), 0.04,
                new ContainerTags(Map.of("title", "Car 1")));
        assertThat(joins.commands()).singleElement().satisfies(command -> assertThat(command).containsSubsequence(
                "-itsoffset", "0.040000", "-protocol_whitelist", "file", "-format_whitelist", "concat,mov,matroska", "-f", "concat", "-i", "/work/job/chunks/list_g0o0.txt",
                "-i", "/work/job/chunks/a_g0o0.m4a", "-map", "0:v:0", "-map", "1:a", "-c", "copy",
                "-metadata", "title=Car 1", "-movflags", "+faststart", "-f", "mp4", "/work/job/g0o0/in_720p.mp4"));
        assertThat(ChunkJoins.listOf(plan.outputs().get(0), 2))
                .isEqualTo("ffconcat version 1.0\nfile 'v00001_g0o0.mp4'\nfile 'v00002_g0o0.mp4'\n");
    }

    @Test
    void onlyJobsWhoseChunksJoinSoundlyAreChunkedAndUserMetadataDecides() {
        JobSettings ladder = JobSettingsFixtures.productLadder("s3://media/in.mp4", "s3://media/out/");
        JobSettings mp4 = JobSettings.builder().inputs(JobSettingsFixtures.input("s3://media/in.mp4"))
                .outputGroups(JobSettingsFixtures.fileGroup("s3://media/out/", JobSettingsFixtures.mp4(1280, 720, "_720p")))
                .build();
        var config = TranscodeDefaults.properties().chunking();
        assertThat(ChunkEligibility.applies(job(mp4, "true"), plan(mp4), JobPlannerTest.MEDIA, config)).isTrue();
        assertThat(ChunkEligibility.applies(job(mp4, null), plan(mp4), JobPlannerTest.MEDIA, config))
                .as("10 s is shorter than the automatic threshold").isFalse();
        assertThat(ChunkEligibility.applies(job(ladder, "true"), plan(ladder), JobPlannerTest.MEDIA, config))
                .as("stills, MP3 and a changed frame rate are not chunked").isFalse();
        var longMedia = new org.avengine.ffmpeg.MediaInfo("mov", 900.0, null, 1L, JobPlannerTest.MEDIA.streams());
        TranscodePlan longPlan = new TranscodePlan(List.of(), plan(mp4).outputs(), 900, List.of());
        assertThat(ChunkEligibility.applies(job(mp4, null), longPlan, longMedia, config)).isTrue();
        assertThat(ChunkEligibility.applies(job(mp4, "false"), longPlan, longMedia, config)).isFalse();
    }

    static TranscodePlan plan(JobSettings settings) {
        return new JobPlanner(TranscodeDefaults.properties()).plan(settings, JobPlannerTest.MEDIA, Path.of("/in.mp4"), "in.mp4", WORK);
    }

    static Job job(JobSettings settings, String chunked) {
        CreateJobRequest request = CreateJobRequest.builder().settings(settings)
                .userMetadata(chunked == null ? Map.of() : Map.of("avengine:chunked", chunked)).build();
        return new Job(new JobId("1"), "arn", "Default", 0, request, java.time.Instant.now(), 0);
    }
}
