package org.avengine.transcode;

import java.util.ArrayList;
import java.util.List;

import org.avengine.ffmpeg.MediaInfo;
import org.avengine.ffmpeg.StreamInfo;

import software.amazon.awssdk.services.mediaconvert.model.AudioDescription;
import software.amazon.awssdk.services.mediaconvert.model.AudioSelector;
import software.amazon.awssdk.services.mediaconvert.model.FrameCaptureSettings;
import software.amazon.awssdk.services.mediaconvert.model.Input;
import software.amazon.awssdk.services.mediaconvert.model.VideoDescription;

/** The ffmpeg output options of one planned output: stream maps, encoders, muxer and file. */
final class OutputArguments {

    static final String DEFAULT_SELECTOR = "Audio Selector 1";

    private final FilterGraph graph;
    private final MediaInfo media;
    private final Rotation rotation;
    private final Input input;
    private final ContainerTags tags;
    private final int threads;

    /** @param threads the threads each video encoder gets */
    OutputArguments(FilterGraph graph, MediaInfo media, Rotation rotation, Input input, ContainerTags tags, int threads) {
        this.graph = graph;
        this.media = media;
        this.rotation = rotation;
        this.input = input;
        this.tags = tags;
        this.threads = threads;
    }

    List<String> of(PlannedOutput output) {
        List<String> args = streams(output, -1, 0);
        if (output.spec().kind() != OutputKind.FRAME_CAPTURE && output.spec().kind() != OutputKind.ANIMATION) {
            args.addAll(tags.arguments());
        }
        args.addAll(muxer(output.spec()));
        args.add(output.localTarget().toString());
        return args;
    }

    /**
     * The stream maps and encoder options of an output, without muxer and file. An output that shares
     * a muxer with others (HLS, DASH) numbers its streams from {@code videoIndex} and {@code audioIndex}
     * among that muxer's streams; a {@code videoIndex} of -1 means it has a muxer of its own.
     */
    List<String> streams(PlannedOutput output, int videoIndex, int audioIndex) {
        String path = "settings.outputGroups[" + output.group() + "].outputs[" + output.index() + "]";
        OutputSpec spec = output.spec();
        List<String> args = new ArrayList<>();
        if (spec.hasVideo()) {
            List<String> video = video(spec, path);
            args.addAll(videoIndex < 0 ? video : StreamOptions.indexed(video, "v", videoIndex));
        }
        for (int i = 0; i < spec.audio().size(); i++) {
            AudioDescription audio = spec.audio().get(i);
            args.addAll(List.of("-map", graph.audio(track(audio, path + ".audioDescriptions[" + i + "]"))));
            args.addAll(AudioEncoder.arguments(audio.codecSettings(), audioIndex + i));
        }
        return args;
    }

    private List<String> video(OutputSpec spec, String path) {
        StreamInfo source = JobPlanner.requireVideo(media, path);
        VideoDescription description = spec.video();
        Picture picture = Picture.of(rotation.width(source), rotation.height(source), description.width(),
                description.height(), description.scalingBehaviorAsString());
        FrameRate rate = FrameRate.of(description.codecSettings(), source);
        String chain = rate.filter() + picture.filter();
        List<String> args = new ArrayList<>();
        switch (spec.kind()) {
            case FRAME_CAPTURE -> {
                args.addAll(List.of("-map", graph.video(chain)));
                args.addAll(stills(description.codecSettings().frameCaptureSettings(), spec.webp()));
            }
            case ANIMATION -> {
                String label = "p" + System.identityHashCode(spec);
                String palette = spec.webp() ? "" : ",split[" + label + "a][" + label + "b];[" + label
                        + "a]palettegen=stats_mode=single[" + label + "p];[" + label + "b][" + label + "p]paletteuse=new=1";
                args.addAll(List.of("-map", graph.video(chain + palette)));
                args.addAll(spec.webp() ? List.of("-c:v", "libwebp_anim", "-quality", "75", "-loop", "0")
                        : List.of("-c:v", "gif", "-loop", "0"));
            }
            default -> {
                args.addAll(List.of("-map", graph.video(chain)));
                args.addAll(VideoEncoder.arguments(description.codecSettings(),
                        new EncoderTarget(rate.valueOr(source), picture.width(), threads)));
            }
        }
        return args;
    }

    private static List<String> stills(FrameCaptureSettings settings, boolean webp) {
        FrameCaptureSettings s = settings == null ? FrameCaptureSettings.builder().build() : settings;
        int quality = s.quality() == null ? 80 : s.quality();
        List<String> args = new ArrayList<>(webp
                ? List.of("-c:v", "libwebp", "-quality", String.valueOf(quality))
                : List.of("-c:v", "mjpeg", "-q:v", String.valueOf(Math.round(2 + (100 - quality) * 29 / 99.0))));
        if (s.maxCaptures() != null) {
            args.addAll(List.of("-frames:v", s.maxCaptures().toString()));
        }
        args.addAll(List.of("-start_number", "0"));
        return args;
    }

    static List<String> muxer(OutputSpec spec) {
        return switch (spec.kind()) {
            case FRAME_CAPTURE -> List.of("-f", "image2");
            case ANIMATION -> List.of("-f", spec.webp() ? "webp" : "gif");
            default -> switch (spec.container()) {
                case "MP4" -> List.of("-movflags", "+faststart", "-f", "mp4");
                case "MOV" -> List.of("-movflags", "+faststart", "-f", "mov");
                case "WEBM" -> List.of("-f", "webm");
                default -> List.of("-f", "AAC".equals(spec.audio().get(0).codecSettings().codecAsString()) ? "adts" : "mp3");
            };
        };
    }

    /** The input audio track (0-based) an audio description reads, through its audio selector. */
    private int track(AudioDescription audio, String path) {
        if (media.audio().isEmpty()) {
            throw new PlanningException(path + ": the input has no audio track for "
                    + selectorName(audio) + " to select; remove the audio from this output or use an input with audio");
        }
        AudioSelector selector = input.hasAudioSelectors() ? input.audioSelectors().get(selectorName(audio)) : null;
        int track = 0;
        if (selector != null && selector.hasTracks() && !selector.tracks().isEmpty()) {
            track = selector.tracks().get(0) - 1;
        }
        if (track < 0 || track >= media.audio().size()) {
            throw new PlanningException(path + ": " + selectorName(audio) + " selects audio track " + (track + 1)
                    + " but the input has " + media.audio().size());
        }
        return track;
    }

    private static String selectorName(AudioDescription audio) {
        return audio.audioSourceName() == null ? DEFAULT_SELECTOR : audio.audioSourceName();
    }
}
