package org.avengine.delivery;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.avengine.ffmpeg.MediaInfo;
import org.avengine.ffmpeg.StreamInfo;

/**
 * The {@code codecs} parameter of a media type (RFC 6381), so that a browser choosing among a
 * {@code <video>}'s sources can skip one it cannot play without fetching it:
 * {@code video/mp4; codecs="avc1.64001f, mp4a.40.2"}, {@code video/webm; codecs="vp9, opus"}.
 * Built from what ffprobe reads in the file: codec, profile and level.
 */
final class CodecsParameter {

    /** H.264 profile names as ffprobe writes them, and their {@code profile_idc} and constraint flags. */
    private static final Map<String, String> AVC_PROFILES = Map.of(
            "constrained baseline", "42e0", "baseline", "4200", "main", "4d40", "extended", "5800",
            "high", "6400", "high 10", "6e00", "high 4:2:2", "7a00", "high 4:4:4 predictive", "f400");

    private CodecsParameter() {
    }

    /** The media type with its codecs parameter; the bare type when no stream's codec is known. */
    static String mediaType(String type, MediaInfo media) {
        List<String> codecs = media.streams().stream().filter(s -> s.isVideo() && !s.attachedPicture() || s.isAudio())
                .map(CodecsParameter::of).filter(Objects::nonNull).toList();
        return codecs.isEmpty() ? type : type + "; codecs=\"" + String.join(", ", codecs) + "\"";
    }

    /** One stream's codec identifier, or null when it has none a browser would know. */
    static String of(StreamInfo stream) {
        String profile = stream.profile() == null ? "" : stream.profile().toLowerCase(Locale.ROOT);
        return switch (stream.codecName() == null ? "" : stream.codecName()) {
            case "h264" -> "avc1." + AVC_PROFILES.getOrDefault(profile, "4d40") + hex(stream.level() == null ? 31 : stream.level());
            case "hevc" -> (profile.contains("10") ? "hvc1.2.4" : "hvc1.1.6") + ".L" + (stream.level() == null ? 93 : stream.level()) + ".B0";
            case "vp9" -> "vp9";
            case "vp8" -> "vp8";
            case "av1" -> "av01.0." + String.format(Locale.ROOT, "%02d", stream.level() == null ? 8 : stream.level()) + "M.08";
            case "aac" -> profile.startsWith("he-aacv2") ? "mp4a.40.29" : profile.startsWith("he-aac") ? "mp4a.40.5" : "mp4a.40.2";
            case "mp3" -> "mp4a.40.34";
            case "opus" -> "opus";
            case "vorbis" -> "vorbis";
            case "flac" -> "flac";
            default -> null;
        };
    }

    private static String hex(int level) {
        return String.format(Locale.ROOT, "%02x", level & 0xff);
    }
}
