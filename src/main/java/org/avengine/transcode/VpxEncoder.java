package org.avengine.transcode;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.services.mediaconvert.model.Vp8Settings;
import software.amazon.awssdk.services.mediaconvert.model.Vp9Settings;

/**
 * libvpx options for MediaConvert's VP8 and VP9 settings: {@code -deadline good} with a
 * {@code -cpu-used} chosen by {@code qualityTuningLevel}, a target bitrate (or constant quality when
 * none is given) under {@code maxBitrate}; VP9 with row multithreading and tile columns by width.
 */
final class VpxEncoder {

    private VpxEncoder() {
    }

    /** The parts of VP8 and VP9 settings that matter to libvpx, which both codecs share. */
    private record Vpx(Integer bitrate, Integer maxBitrate, Integer bufferSize, Double gopSize, String tuning) {
    }

    static List<String> vp8(Vp8Settings s, EncoderTarget target) {
        return vpx("libvpx", s == null ? null : new Vpx(s.bitrate(), s.maxBitrate(), s.hrdBufferSize(), s.gopSize(),
                s.qualityTuningLevelAsString()), target);
    }

    static List<String> vp9(Vp9Settings s, EncoderTarget target) {
        return vpx("libvpx-vp9", s == null ? null : new Vpx(s.bitrate(), s.maxBitrate(), s.hrdBufferSize(), s.gopSize(),
                s.qualityTuningLevelAsString()), target);
    }

    private static List<String> vpx(String encoder, Vpx settings, EncoderTarget target) {
        Vpx s = settings == null ? new Vpx(null, null, null, null, null) : settings;
        List<String> args = new ArrayList<>(List.of("-c:v", encoder, "-pix_fmt", "yuv420p",
                "-deadline", "good", "-cpu-used", cpuUsed(s.tuning())));
        if (encoder.equals("libvpx-vp9")) {
            args.addAll(List.of("-row-mt", "1", "-tile-columns", String.valueOf(tileColumns(target.width()))));
        }
        if (s.bitrate() != null) {
            args.addAll(List.of("-b:v", s.bitrate().toString()));
        } else {
            args.addAll(List.of("-crf", "32", "-b:v", "0"));
        }
        if (s.maxBitrate() != null) {
            args.addAll(List.of("-maxrate", s.maxBitrate().toString(),
                    "-bufsize", String.valueOf(s.bufferSize() != null ? s.bufferSize() : 2L * s.maxBitrate())));
        }
        args.addAll(VideoEncoder.gop(s.gopSize(), "FRAMES", target.frameRate()));
        return args;
    }

    /** libvpx's {@code -cpu-used} (lower is slower and better) of a {@code qualityTuningLevel}. */
    static String cpuUsed(String qualityTuningLevel) {
        if (qualityTuningLevel == null) {
            return "4";
        }
        return switch (qualityTuningLevel) {
            case "SINGLE_PASS_HQ" -> "2";
            case "MULTI_PASS_HQ" -> "1";
            default -> "4";
        };
    }

    /** log2 of the VP9 tile columns: as many as keep each at least 256 pixels wide, at most 4 columns. */
    static int tileColumns(int width) {
        int log2 = 0;
        while (log2 < 2 && width >= 256 << (log2 + 1)) {
            log2++;
        }
        return log2;
    }
}
