package org.avengine.transcode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.avengine.ffmpeg.InputFormats;
import org.avengine.ffmpeg.MediaInfo;
import org.avengine.ffmpeg.StreamInfo;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.services.mediaconvert.model.Input;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import software.amazon.awssdk.services.mediaconvert.model.Output;
import software.amazon.awssdk.services.mediaconvert.model.OutputGroup;

/**
 * Turns MediaConvert job settings and what the input holds into one ffmpeg invocation: the input is
 * decoded once, its video and audio split as the outputs need them, and every output encoded in the
 * same process. The settings were checked when the job was created ({@link JobRequestValidator});
 * what can only be known from the input (missing audio, a track that is not there) is a
 * {@link PlanningException}.
 */
@Component
class JobPlanner {

    TranscodePlan plan(JobSettings settings, MediaInfo media, Path inputFile, String inputName, Path workDir) {
        return plan(settings, media, inputFile, inputName, workDir, ContainerTags.NONE);
    }

    /** The plan, with {@code tags} written into every file output's container metadata. */
    TranscodePlan plan(JobSettings settings, MediaInfo media, Path inputFile, String inputName, Path workDir,
            ContainerTags tags) {
        Input input = settings.inputs().get(0);
        InputClip clip = InputClip.of(input, media);
        Rotation rotation = Rotation.of(input.videoSelector());
        FilterGraph graph = new FilterGraph("[0:v:0]" + rotation.filter());
        OutputArguments arguments = new OutputArguments(graph, media, rotation, input, tags);
        List<String> outputArgs = new ArrayList<>();
        List<PlannedOutput> outputs = new ArrayList<>();
        List<PackagedGroup> packaged = new ArrayList<>();
        for (int g = 0; g < settings.outputGroups().size(); g++) {
            OutputGroup group = settings.outputGroups().get(g);
            GroupSpec spec = GroupSpec.of(group.outputGroupSettings());
            Destination destination = Destination.of(spec.destination(), inputName);
            List<PlannedOutput> planned = outputs(g, group, spec, destination, workDir);
            outputs.addAll(planned);
            if (spec.type().streaming()) {
                PackagedGroup unnumbered = new PackagedGroup(g, spec, workDir.resolve("g" + g), destination.prefix(),
                        destination.base(), planned, List.of());
                packaged.add(packaged(unnumbered, group, arguments, outputArgs));
            } else {
                planned.forEach(output -> outputArgs.addAll(arguments.of(output)));
            }
        }
        List<String> args = new ArrayList<>(InputFormats.INPUT_OPTIONS);
        args.addAll(FrameDurations.inputOptions(media));
        args.addAll(rotation.inputOptions());
        args.addAll(clip.inputOptions());
        args.addAll(List.of("-i", inputFile.toString()));
        if (!graph.isEmpty()) {
            args.addAll(List.of("-filter_complex", graph.render()));
        }
        args.addAll(outputArgs);
        return new TranscodePlan(args, outputs, clip.durationSeconds(), packaged);
    }

    /** Adds the muxer arguments of a streaming group; returns the group with its outputs' stream numbers. */
    private static PackagedGroup packaged(PackagedGroup group, OutputGroup settings, OutputArguments arguments,
            List<String> outputArgs) {
        List<List<Integer>> streams = new ArrayList<>();
        outputArgs.addAll(new StreamingArguments(arguments).of(group, settings.outputs(), streams));
        return new PackagedGroup(group.index(), group.spec(), group.localDir(), group.destinationPrefix(), group.base(),
                group.outputs(), streams);
    }

    /** The group's outputs; those of a streaming group share the group's work folder. */
    private static List<PlannedOutput> outputs(int g, OutputGroup group, GroupSpec spec, Destination destination, Path workDir) {
        List<PlannedOutput> planned = new ArrayList<>();
        for (int o = 0; o < group.outputs().size(); o++) {
            Output output = group.outputs().get(o);
            String path = "settings.outputGroups[" + g + "].outputs[" + o + "]";
            OutputSpec outputSpec = OutputSpec.of(output, spec.type(), path, new ArrayList<>());
            Path dir = workDir.resolve(spec.type().streaming() ? "g" + g : "g" + g + "o" + o);
            planned.add(new PlannedOutput(g, o, outputSpec, dir, destination.prefix(),
                    destination.base() + nullToEmpty(output.nameModifier())));
        }
        return planned;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The picture an output starts from: the input's, turned upright. */
    static StreamInfo requireVideo(MediaInfo media, String path) {
        return media.video().orElseThrow(() -> new PlanningException(
                path + ".videoDescription: the input has no video stream to encode"));
    }
}
