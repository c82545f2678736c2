package org.avengine.transcode;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.services.mediaconvert.model.AacSettings;
import software.amazon.awssdk.services.mediaconvert.model.AudioCodecSettings;
import software.amazon.awssdk.services.mediaconvert.model.Mp3Settings;
import software.amazon.awssdk.services.mediaconvert.model.OpusSettings;
import software.amazon.awssdk.services.mediaconvert.model.VorbisSettings;

/**
 * ffmpeg encoder options for MediaConvert's audio codec settings, for the audio stream with the
 * given output index ({@code -c:a:0}, …). Absent values take MediaConvert's defaults: 48 kHz stereo,
 * AAC at 96 kb/s, Opus at 96 kb/s, MP3 at 160 kb/s, Vorbis at quality 4.
 */
final class AudioEncoder {

    private AudioEncoder() {
    }

    static List<String> arguments(AudioCodecSettings codec, int index) {
        String a = ":a:" + index;
        return switch (codec.codecAsString()) {
            case "AAC" -> aac(codec.aacSettings() == null ? AacSettings.builder().build() : codec.aacSettings(), a);
            case "OPUS" -> opus(codec.opusSettings() == null ? OpusSettings.builder().build() : codec.opusSettings(), a);
            case "VORBIS" -> vorbis(codec.vorbisSettings() == null ? VorbisSettings.builder().build() : codec.vorbisSettings(), a);
            case "MP3" -> mp3(codec.mp3Settings() == null ? Mp3Settings.builder().build() : codec.mp3Settings(), a);
            default -> throw new IllegalArgumentException("No encoder for " + codec.codecAsString());
        };
    }

    private static List<String> aac(AacSettings s, String a) {
        List<String> args = new ArrayList<>(List.of("-c" + a, "aac", "-b" + a, str(s.bitrate(), 96_000),
                "-ar" + a, str(s.sampleRate(), 48_000), "-ac" + a, String.valueOf(channels(s.codingModeAsString()))));
        if ("HEV1".equals(s.codecProfileAsString()) || "HEV2".equals(s.codecProfileAsString())) {
            args.addAll(List.of("-profile" + a, "aac_low"));
        }
        return args;
    }

    private static List<String> opus(OpusSettings s, String a) {
        return List.of("-c" + a, "libopus", "-b" + a, str(s.bitrate(), 96_000),
                "-ar" + a, str(s.sampleRate(), 48_000), "-ac" + a, str(s.channels(), 2));
    }

    /**
     * Vorbis through FFmpeg's own encoder: the embedded build has no libvorbis. That encoder is
     * marked experimental and writes stereo only.
     */
    private static List<String> vorbis(VorbisSettings s, String a) {
        return List.of("-c" + a, "vorbis", "-strict" + a, "-2", "-q" + a, str(s.vbrQuality(), 4),
                "-ar" + a, str(s.sampleRate(), 48_000), "-ac" + a, "2");
    }

    private static List<String> mp3(Mp3Settings s, String a) {
        List<String> args = new ArrayList<>(List.of("-c" + a, "libmp3lame",
                "-ar" + a, str(s.sampleRate(), 48_000), "-ac" + a, str(s.channels(), 2)));
        if ("VBR".equals(s.rateControlModeAsString())) {
            args.addAll(List.of("-q" + a, str(s.vbrQuality(), 4)));
        } else {
            args.addAll(List.of("-b" + a, str(s.bitrate(), 160_000)));
        }
        return args;
    }

    private static int channels(String codingMode) {
        if (codingMode == null) {
            return 2;
        }
        return switch (codingMode) {
            case "CODING_MODE_1_0" -> 1;
            case "CODING_MODE_5_1" -> 6;
            default -> 2;
        };
    }

    private static String str(Integer value, int fallback) {
        return String.valueOf(value != null ? value : fallback);
    }
}
