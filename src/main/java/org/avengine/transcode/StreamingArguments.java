package org.avengine.transcode;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.services.mediaconvert.model.Output;

/**
 * The ffmpeg options of an HLS, DASH or CMAF group: every output's streams mapped into one muxer of
 * the group, with keyframes forced at each segment boundary so that all renditions switch cleanly.
 * HLS uses ffmpeg's {@code hls} muxer with a variant stream map (one media playlist per output,
 * named {@code <base><nameModifier>.m3u8}, segments {@code <base><nameModifier>_00001.ts}) and its
 * multivariant playlist, whose BANDWIDTH, AVERAGE-BANDWIDTH, RESOLUTION and CODECS ffmpeg measures
 * from what it wrote. DASH uses the {@code dash} muxer (one adaptation set per media type); CMAF
 * the same muxer with its HLS playlists too, so both manifests name the same fMP4 segments, which
 * {@link RepresentationNames} renames after their outputs when ffmpeg is done.
 */
final class StreamingArguments {

    static final String DEFAULT_AUDIO_GROUP = "program_audio";
    /** How the dash muxer names a representation's files, until {@link RepresentationNames} names them after their output. */
    private static final String REPRESENTATION = RepresentationNames.PREFIX + "$RepresentationID$";

    private final OutputArguments streams;

    StreamingArguments(OutputArguments streams) {
        this.streams = streams;
    }

    /** The arguments of the group; {@code streamIds} receives, per output, the indexes its streams have in the muxer. */
    List<String> of(PackagedGroup group, List<Output> settings, List<List<Integer>> streamIds) {
        List<String> args = new ArrayList<>();
        List<String> variants = new ArrayList<>();
        int video = 0;
        int audio = 0;
        for (int i = 0; i < group.outputs().size(); i++) {
            PlannedOutput output = group.outputs().get(i);
            args.addAll(streams.streams(output, output.spec().hasVideo() ? video : -1, audio));
            List<Integer> ids = new ArrayList<>();
            List<String> variant = new ArrayList<>();
            if (output.spec().hasVideo()) {
                args.addAll(List.of("-force_key_frames:v:" + video, "expr:gte(t,n_forced*" + group.spec().segmentSeconds() + ")"));
                variant.add("v:" + video++);
                ids.add(video + audio - 1);
            }
            for (int a = 0; a < output.spec().audio().size(); a++) {
                variant.add("a:" + audio++);
                ids.add(video + audio - 1);
            }
            streamIds.add(ids);
            variants.add(String.join(",", variant));
        }
        args.addAll(group.spec().type() == GroupType.HLS ? hls(group, settings, variants) : dash(group, video > 0, audio > 0));
        return args;
    }

    static List<String> hls(PackagedGroup group, List<Output> settings, List<String> variants) {
        GroupSpec spec = group.spec();
        boolean fmp4 = "CMFC".equals(group.outputs().get(0).spec().container());
        String base = group.localDir().resolve(group.base()).toString();
        String name = group.outputs().size() == 1 ? group.outputs().get(0).baseName().substring(group.base().length()) : "%v";
        String segmentExtension = fmp4 ? ".mp4" : ".ts";
        List<String> args = new ArrayList<>(List.of("-f", "hls", "-hls_time", String.valueOf(spec.segmentSeconds()),
                "-hls_playlist_type", "vod", "-start_number", "1", "-hls_segment_type", fmp4 ? "fmp4" : "mpegts"));
        if (fmp4) {
            args.addAll(List.of("-hls_fmp4_init_filename", group.base() + name + "_init.mp4"));
        }
        if (spec.singleFile() || spec.integerDurations() || spec.programDateTime()) {
            args.addAll(List.of("-hls_flags", hlsFlags(spec)));
        }
        args.addAll(List.of("-var_stream_map", HlsVariants.map(group, settings, variants),
                "-master_pl_name", group.base() + ".m3u8",
                "-hls_segment_filename", base + "%v" + (spec.singleFile() ? "" : "_%05d") + segmentExtension,
                base + "%v.m3u8"));
        return args;
    }

    private static String hlsFlags(GroupSpec spec) {
        List<String> flags = new ArrayList<>();
        if (spec.singleFile()) {
            flags.add("single_file");
        }
        if (spec.integerDurations()) {
            flags.add("round_durations");
        }
        if (spec.programDateTime()) {
            flags.add("program_date_time");
        }
        return String.join("+", flags);
    }

    private static List<String> dash(PackagedGroup group, boolean video, boolean audio) {
        GroupSpec spec = group.spec();
        List<String> sets = new ArrayList<>();
        if (video) {
            sets.add("id=" + sets.size() + ",streams=v");
        }
        if (audio) {
            sets.add("id=" + sets.size() + ",streams=a");
        }
        String base = group.base();
        List<String> args = new ArrayList<>(List.of("-f", "dash", "-dash_segment_type", "mp4",
                "-seg_duration", String.valueOf(spec.segmentSeconds()),
                "-use_template", "1", "-use_timeline", "1", "-adaptation_sets", String.join(" ", sets),
                "-init_seg_name", REPRESENTATION + "_init.mp4",
                "-media_seg_name", REPRESENTATION + "_$Number%09d$.mp4"));
        if (spec.singleFile()) {
            args.addAll(List.of("-single_file", "1", "-single_file_name", REPRESENTATION + ".mp4"));
        }
        if (spec.type() == GroupType.CMAF) {
            args.addAll(List.of("-hls_playlist", "1", "-hls_master_name", base + ".m3u8"));
        }
        args.add(group.localDir().resolve(base + ".mpd").toString());
        return args;
    }
}
