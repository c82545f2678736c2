package org.avengine.transcode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.avengine.ffmpeg.InputFormats;
import org.avengine.ffmpeg.MediaInfo;

import software.amazon.awssdk.services.mediaconvert.model.Input;

/**
 * The tasks of a chunked job: one per video chunk, encoding every video output's pictures of that
 * stretch in one process (the input decoded once, scaled once per size, as {@link JobPlanner} does
 * for a whole job), and one that encodes every output's audio over the whole input. A chunk seeks
 * accurately to half a frame before its first frame, restarts time at its first frame, and stops
 * after its frame count, so the chunks hold every frame once. Chunks of HLS outputs force keyframes
 * at segment boundaries as the single-process plan does.
 */
final class ChunkPlanner {

    private final TranscodePlan plan;
    private final MediaInfo media;
    private final Input input;
    private final int threads;

    ChunkPlanner(TranscodePlan plan, MediaInfo media, Input input, int threads) {
        this.plan = plan;
        this.media = media;
        this.input = input;
        this.threads = threads;
    }

    List<ChunkTask> tasks(List<ChunkBorders.Chunk> chunks) {
        List<ChunkTask> tasks = new ArrayList<>();
        if (plan.outputs().stream().anyMatch(o -> !o.spec().audio().isEmpty())) {
            tasks.add(audio());
        }
        for (int i = 0; i < chunks.size(); i++) {
            tasks.add(video(i + 1, chunks.get(i)));
        }
        return tasks;
    }

    private ChunkTask video(int index, ChunkBorders.Chunk chunk) {
        Rotation rotation = Rotation.of(input.videoSelector());
        FilterGraph graph = new FilterGraph("[0:v:0]" + rotation.filter() + "setpts=PTS-STARTPTS,");
        OutputArguments arguments = new OutputArguments(graph, media, rotation, input, ContainerTags.NONE, threads);
        List<String> outputArgs = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (PlannedOutput output : plan.outputs()) {
            if (!output.spec().hasVideo()) {
                continue;
            }
            String file = videoFile(index, output);
            outputArgs.addAll(arguments.streams(videoOnly(output), -1, 0));
            int segment = segmentSeconds(output);
            if (segment > 0) {
                outputArgs.addAll(List.of("-force_key_frames", "expr:gte(t,n_forced*" + segment + ")"));
            }
            outputArgs.addAll(List.of("-frames:v", String.valueOf(chunk.frames()), "-f", intermediate(output)));
            outputArgs.add(ChunkTask.file(file));
            files.add(file);
        }
        List<String> args = new ArrayList<>(InputFormats.INPUT_OPTIONS);
        args.addAll(FrameDurations.inputOptions(media));
        args.addAll(rotation.inputOptions());
        if (chunk.seek() > 0) {
            args.addAll(List.of("-ss", String.format(Locale.ROOT, "%.6f", chunk.seek())));
        }
        args.addAll(List.of("-i", ChunkTask.INPUT, "-filter_complex", graph.render()));
        args.addAll(outputArgs);
        return new ChunkTask(index, ChunkTask.Kind.VIDEO, chunk.duration(), args, files);
    }

    private ChunkTask audio() {
        FilterGraph graph = new FilterGraph("[0:v:0]");
        OutputArguments arguments = new OutputArguments(graph, media, Rotation.of(input.videoSelector()), input,
                ContainerTags.NONE, threads);
        List<String> outputArgs = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (PlannedOutput output : plan.outputs()) {
            if (output.spec().audio().isEmpty()) {
                continue;
            }
            outputArgs.addAll(arguments.streams(audioOnly(output), -1, 0));
            outputArgs.addAll(List.of("-f", intermediate(output), ChunkTask.file(audioFile(output))));
            files.add(audioFile(output));
        }
        List<String> args = new ArrayList<>(InputFormats.INPUT_OPTIONS);
        args.addAll(List.of("-i", ChunkTask.INPUT, "-filter_complex", graph.render()));
        args.addAll(outputArgs);
        return new ChunkTask(0, ChunkTask.Kind.AUDIO, plan.durationSeconds(), args, files);
    }

    private int segmentSeconds(PlannedOutput output) {
        return plan.packagedGroups().stream().filter(g -> g.index() == output.group())
                .mapToInt(g -> g.spec().segmentSeconds()).findFirst().orElse(0);
    }

    static String videoFile(int index, PlannedOutput output) {
        return String.format(Locale.ROOT, "v%05d_g%do%d.%s", index, output.group(), output.index(),
                "WEBM".equals(output.spec().container()) ? "webm" : "mp4");
    }

    static String audioFile(PlannedOutput output) {
        return "a_g" + output.group() + "o" + output.index() + ("WEBM".equals(output.spec().container()) ? ".webm" : ".m4a");
    }

    private static String intermediate(PlannedOutput output) {
        return "WEBM".equals(output.spec().container()) ? "webm" : "mp4";
    }

    private static PlannedOutput videoOnly(PlannedOutput output) {
        OutputSpec s = output.spec();
        return withSpec(output, new OutputSpec(s.kind(), s.container(), s.video(), List.of(), s.extension()));
    }

    private static PlannedOutput audioOnly(PlannedOutput output) {
        OutputSpec s = output.spec();
        return withSpec(output, new OutputSpec(OutputKind.AUDIO_FILE, s.container(), null, s.audio(), s.extension()));
    }

    private static PlannedOutput withSpec(PlannedOutput o, OutputSpec spec) {
        return new PlannedOutput(o.group(), o.index(), spec, o.localDir(), o.destinationPrefix(), o.baseName());
    }
}
