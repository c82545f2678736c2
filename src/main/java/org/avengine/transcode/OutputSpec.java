package org.avengine.transcode;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import software.amazon.awssdk.services.mediaconvert.model.AudioDescription;
import software.amazon.awssdk.services.mediaconvert.model.Output;
import software.amazon.awssdk.services.mediaconvert.model.VideoDescription;

/**
 * One output of an output group, classified and checked: which container, which codecs, what kind
 * of output and which file extension (for HLS outputs, {@code m3u8}: the output's media playlist).
 * Problems are reported with the output's field path; an output with problems is never planned.
 */
record OutputSpec(OutputKind kind, String container, VideoDescription video, List<AudioDescription> audio,
        String extension) {

    private static final Map<String, Set<String>> VIDEO_CODECS = Map.of(
            "MP4", Set.of("H_264", "H_265"),
            "MOV", Set.of("H_264", "H_265"),
            "WEBM", Set.of("VP8", "VP9"),
            "RAW", Set.of("FRAME_CAPTURE"),
            "GIF", Set.of("GIF"),
            "M3U8", Set.of("H_264", "H_265"),
            "CMFC", Set.of("H_264", "H_265"),
            "MPD", Set.of("H_264", "H_265", "VP9"));
    private static final Map<String, Set<String>> AUDIO_CODECS = Map.of(
            "MP4", Set.of("AAC"),
            "MOV", Set.of("AAC"),
            "WEBM", Set.of("OPUS", "VORBIS"),
            "RAW", Set.of("MP3", "AAC"),
            "M3U8", Set.of("AAC"),
            "CMFC", Set.of("AAC"),
            "MPD", Set.of("AAC", "OPUS"));

    static OutputSpec of(Output output, String path, List<String> problems) {
        return of(output, GroupType.FILE, path, problems);
    }

    static OutputSpec of(Output output, GroupType group, String path, List<String> problems) {
        String container = container(output, group);
        VideoDescription video = output.videoDescription();
        List<AudioDescription> audio = output.hasAudioDescriptions() ? output.audioDescriptions() : List.of();
        int before = problems.size();
        if (!group.containers().contains(container)) {
            problems.add(path + ".containerSettings.container: " + container + " is not supported by avengine in a "
                    + group.settingsType() + " group (supported: " + String.join(", ", group.containers().stream().sorted().toList()) + ")");
            return null;
        }
        String videoCodec = video == null || video.codecSettings() == null ? null : video.codecSettings().codecAsString();
        checkVideo(container, video, videoCodec, path, problems);
        checkAudio(container, audio, videoCodec, path, problems);
        if (problems.size() > before) {
            return null;
        }
        OutputKind kind = kind(videoCodec);
        return new OutputSpec(kind, container, video, audio, group.streaming() ? "m3u8" : extension(output, container, kind, audio));
    }

    private static void checkVideo(String container, VideoDescription video, String codec, String path, List<String> problems) {
        String field = path + ".videoDescription.codecSettings.codec";
        if (video != null && codec == null) {
            problems.add(field + ": required when videoDescription is given");
        } else if (codec != null && !VIDEO_CODECS.get(container).contains(codec)) {
            problems.add(field + ": " + container + " requires " + or(VIDEO_CODECS.get(container)) + " video, not " + codec);
        }
    }

    private static void checkAudio(String container, List<AudioDescription> audio, String videoCodec, String path,
            List<String> problems) {
        Set<String> allowed = AUDIO_CODECS.getOrDefault(container, Set.of());
        boolean stills = "FRAME_CAPTURE".equals(videoCodec) || "GIF".equals(videoCodec);
        if (stills && !audio.isEmpty()) {
            problems.add(path + ".audioDescriptions: a " + videoCodec + " output has no audio");
            return;
        }
        if (videoCodec == null && audio.isEmpty()) {
            problems.add(path + ": an output needs a videoDescription, audioDescriptions, or both");
        }
        if ("RAW".equals(container) && videoCodec == null && audio.size() > 1) {
            problems.add(path + ".audioDescriptions: a RAW audio output holds one audio track");
        }
        for (int i = 0; i < audio.size(); i++) {
            String field = path + ".audioDescriptions[" + i + "].codecSettings.codec";
            var settings = audio.get(i).codecSettings();
            String codec = settings == null ? null : settings.codecAsString();
            if (codec == null) {
                problems.add(field + ": required");
            } else if (!allowed.contains(codec)) {
                problems.add(field + ": " + container + " requires " + or(allowed) + " audio, not " + codec);
            }
        }
    }

    private static OutputKind kind(String videoCodec) {
        if (videoCodec == null) {
            return OutputKind.AUDIO_FILE;
        }
        return switch (videoCodec) {
            case "FRAME_CAPTURE" -> OutputKind.FRAME_CAPTURE;
            case "GIF" -> OutputKind.ANIMATION;
            default -> OutputKind.VIDEO_FILE;
        };
    }

    private static String extension(Output output, String container, OutputKind kind, List<AudioDescription> audio) {
        if (output.extension() != null && !output.extension().isBlank()) {
            return output.extension().toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
        }
        return switch (container) {
            case "MP4" -> "mp4";
            case "MOV" -> "mov";
            case "WEBM" -> "webm";
            case "GIF" -> "gif";
            default -> kind == OutputKind.FRAME_CAPTURE ? "jpg"
                    : audio.get(0).codecSettings().codecAsString().toLowerCase(Locale.ROOT);
        };
    }

    private static String container(Output output, GroupType group) {
        if (group.streaming() && (output.containerSettings() == null || output.containerSettings().container() == null)) {
            return group.defaultContainer();
        }
        if (output.containerSettings() == null || output.containerSettings().container() == null) {
            boolean capture = output.videoDescription() != null && output.videoDescription().codecSettings() != null
                    && "FRAME_CAPTURE".equals(output.videoDescription().codecSettings().codecAsString());
            return capture ? "RAW" : "MP4";
        }
        return output.containerSettings().containerAsString();
    }

    private static String or(Set<String> values) {
        return String.join(" or ", values.stream().sorted().toList());
    }

    boolean hasVideo() {
        return video != null;
    }

    /** Whether the requested still or animation format is WebP rather than JPEG or GIF. */
    boolean webp() {
        return "webp".equals(extension);
    }
}
