package org.avengine.transcode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import software.amazon.awssdk.services.mediaconvert.model.OutputGroup;

/**
 * How the encoded chunks become the job's outputs without re-encoding: each video output's chunks
 * are read in order by the concat demuxer (from a list in the chunks folder that names them
 * relatively, so the demuxer's safe mode stays on, and only local files may be opened), muxed with
 * the output's audio by stream copy into the same file the single-process plan writes; an HLS
 * group's renditions go through the same HLS muxer options as there, with {@code -c copy}. The
 * video is offset by the time the input's first picture comes after its start, as a single encode
 * keeps it.
 */
final class ChunkJoins {

    /** Each join input may open local files only, and only a concat list, MP4 and WebM chunks. */
    private static final List<String> INPUT_OPTIONS = List.of("-protocol_whitelist", "file",
            "-format_whitelist", "concat,mov,matroska");

    private final TranscodePlan plan;
    private final List<OutputGroup> groups;
    private final Path chunksDir;
    private final double videoOffset;
    private final ContainerTags tags;

    /** @param tags the job's container tags, written into its file outputs as a single encode writes them */
    ChunkJoins(TranscodePlan plan, List<OutputGroup> groups, Path chunksDir, double videoOffset, ContainerTags tags) {
        this.plan = plan;
        this.groups = groups;
        this.chunksDir = chunksDir;
        this.videoOffset = videoOffset;
        this.tags = tags;
    }

    /** The concat list file of an output, and its content naming the chunks {@code 1..chunks}. */
    Path listFile(PlannedOutput output) {
        return chunksDir.resolve("list_g" + output.group() + "o" + output.index() + ".txt");
    }

    static String listOf(PlannedOutput output, int chunks) {
        StringBuilder list = new StringBuilder("ffconcat version 1.0\n");
        for (int i = 1; i <= chunks; i++) {
            list.append("file '").append(ChunkPlanner.videoFile(i, output)).append("'\n");
        }
        return list.toString();
    }

    /** The ffmpeg arguments of every join: one per file output, one per HLS group. */
    List<List<String>> commands() {
        List<List<String>> commands = new ArrayList<>();
        for (PackagedGroup group : plan.packagedGroups()) {
            commands.add(join(group.outputs(), hlsMuxer(group)));
        }
        for (PlannedOutput output : plan.outputs()) {
            if (plan.packagedGroups().stream().noneMatch(g -> g.index() == output.group())) {
                List<String> muxer = new ArrayList<>(tags.arguments());
                muxer.addAll(OutputArguments.muxer(output.spec()));
                muxer.add(output.localTarget().toString());
                commands.add(join(List.of(output), muxer));
            }
        }
        return commands;
    }

    private List<String> join(List<PlannedOutput> outputs, List<String> muxer) {
        List<String> inputs = new ArrayList<>();
        List<String> maps = new ArrayList<>();
        int next = 0;
        for (PlannedOutput output : outputs) {
            if (output.spec().hasVideo()) {
                if (videoOffset > 0) {
                    inputs.addAll(List.of("-itsoffset", String.format(Locale.ROOT, "%.6f", videoOffset)));
                }
                inputs.addAll(INPUT_OPTIONS);
                inputs.addAll(List.of("-f", "concat", "-i", listFile(output).toString()));
                maps.addAll(List.of("-map", next++ + ":v:0"));
            }
            if (!output.spec().audio().isEmpty()) {
                inputs.addAll(INPUT_OPTIONS);
                inputs.addAll(List.of("-i", chunksDir.resolve(ChunkPlanner.audioFile(output)).toString()));
                maps.addAll(List.of("-map", next++ + ":a"));
            }
        }
        inputs.addAll(maps);
        inputs.addAll(List.of("-c", "copy"));
        inputs.addAll(muxer);
        return inputs;
    }

    private List<String> hlsMuxer(PackagedGroup group) {
        List<String> variants = new ArrayList<>();
        int video = 0;
        int audio = 0;
        for (PlannedOutput output : group.outputs()) {
            List<String> streams = new ArrayList<>();
            if (output.spec().hasVideo()) {
                streams.add("v:" + video++);
            }
            for (int a = 0; a < output.spec().audio().size(); a++) {
                streams.add("a:" + audio++);
            }
            variants.add(String.join(",", streams));
        }
        return StreamingArguments.hls(group, groups.get(group.index()).outputs(), variants);
    }
}
