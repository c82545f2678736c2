package org.avengine.transcode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        Input input = settings.inputs().get(0);
        InputClip clip = InputClip.of(input, media);
        Rotation rotation = Rotation.of(input.videoSelector());
        FilterGraph graph = new FilterGraph("[0:v:0]" + rotation.filter());
        List<String> outputArgs = new ArrayList<>();
        List<PlannedOutput> outputs = new ArrayList<>();
        for (int g = 0; g < settings.outputGroups().size(); g++) {
            OutputGroup group = settings.outputGroups().get(g);
            Destination destination = Destination.of(group.outputGroupSettings().fileGroupSettings().destination(), inputName);
            for (int o = 0; o < group.outputs().size(); o++) {
                Output output = group.outputs().get(o);
                OutputSpec spec = OutputSpec.of(output, "settings.outputGroups[" + g + "].outputs[" + o + "]", new ArrayList<>());
                PlannedOutput planned = new PlannedOutput(g, o, spec, workDir.resolve("g" + g + "o" + o),
                        destination.prefix(), destination.base() + nullToEmpty(output.nameModifier()));
                outputArgs.addAll(new OutputArguments(graph, media, rotation, input).of(planned));
                outputs.add(planned);
            }
        }
        List<String> args = new ArrayList<>(List.of("-protocol_whitelist", "file"));
        args.addAll(rotation.inputOptions());
        args.addAll(clip.inputOptions());
        args.addAll(List.of("-i", inputFile.toString()));
        if (!graph.isEmpty()) {
            args.addAll(List.of("-filter_complex", graph.render()));
        }
        args.addAll(outputArgs);
        return new TranscodePlan(args, outputs, clip.durationSeconds());
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
