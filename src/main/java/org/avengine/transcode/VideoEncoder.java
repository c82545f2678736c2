package org.avengine.transcode;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.services.mediaconvert.model.H264Settings;
import software.amazon.awssdk.services.mediaconvert.model.H265Settings;
import software.amazon.awssdk.services.mediaconvert.model.VideoCodecSettings;
import software.amazon.awssdk.services.mediaconvert.model.Vp8Settings;
import software.amazon.awssdk.services.mediaconvert.model.Vp9Settings;

/**
 * ffmpeg encoder options for MediaConvert's video codec settings. Rate control: CBR pins the bitrate
 * (min = max = target, with the HRD buffer); VBR targets the bitrate under {@code maxBitrate}; QVBR
 * becomes a constant-quality encode (CRF {@code 37 - 2 × qvbrQualityLevel}, so the default level 7
 * is CRF 23) capped at {@code maxBitrate}. {@code qualityTuningLevel} picks the x264/x265 preset:
 * SINGLE_PASS {@code faster}, SINGLE_PASS_HQ {@code medium}, MULTI_PASS_HQ {@code slow}.
 */
final class VideoEncoder {

    private VideoEncoder() {
    }

    static List<String> arguments(VideoCodecSettings codec, double frameRate) {
        return switch (codec.codecAsString()) {
            case "H_264" -> h264(codec.h264Settings(), frameRate);
            case "H_265" -> h265(codec.h265Settings(), frameRate);
            case "VP8" -> vpx("libvpx", codec.vp8Settings() == null ? null : vp8(codec.vp8Settings()), frameRate);
            case "VP9" -> vpx("libvpx-vp9", codec.vp9Settings() == null ? null : vp9(codec.vp9Settings()), frameRate);
            default -> throw new IllegalArgumentException("No encoder for " + codec.codecAsString());
        };
    }

    private static List<String> h264(H264Settings s, double frameRate) {
        H264Settings settings = s == null ? H264Settings.builder().build() : s;
        List<String> args = new ArrayList<>(List.of("-c:v", "libx264", "-pix_fmt", "yuv420p",
                "-preset", preset(settings.qualityTuningLevelAsString())));
        String profile = settings.codecProfileAsString();
        if (profile != null && !"UNKNOWN_TO_SDK_VERSION".equals(profile)) {
            args.addAll(List.of("-profile:v", profile.startsWith("HIGH") ? "high"
                    : profile.toLowerCase(java.util.Locale.ROOT)));
        }
        String level = settings.codecLevelAsString();
        if (level != null && level.startsWith("LEVEL_")) {
            args.addAll(List.of("-level:v", level.substring(6).replace('_', '.')));
        }
        args.addAll(structure(new RateControl(settings.rateControlModeAsString(), settings.bitrate(), settings.maxBitrate(),
                settings.hrdBufferSize(), settings.qvbrSettings() == null ? null : settings.qvbrSettings().qvbrQualityLevel()),
                settings.gopSize(), settings.gopSizeUnitsAsString(), settings.numberBFramesBetweenReferenceFrames(), frameRate));
        if (settings.numberReferenceFrames() != null) {
            args.addAll(List.of("-refs", settings.numberReferenceFrames().toString()));
        }
        if ("DISABLED".equals(settings.sceneChangeDetectAsString())) {
            args.addAll(List.of("-sc_threshold", "0"));
        }
        return args;
    }

    private static List<String> h265(H265Settings s, double frameRate) {
        H265Settings settings = s == null ? H265Settings.builder().build() : s;
        String profile = settings.codecProfileAsString();
        boolean tenBit = profile != null && profile.startsWith("MAIN10");
        List<String> args = new ArrayList<>(List.of("-c:v", "libx265",
                "-pix_fmt", tenBit ? "yuv420p10le" : "yuv420p",
                "-preset", preset(settings.qualityTuningLevelAsString()),
                "-tag:v", "hvc1", "-x265-params", "log-level=error"));
        args.addAll(structure(new RateControl(settings.rateControlModeAsString(), settings.bitrate(), settings.maxBitrate(),
                settings.hrdBufferSize(), settings.qvbrSettings() == null ? null : settings.qvbrSettings().qvbrQualityLevel()),
                settings.gopSize(), settings.gopSizeUnitsAsString(), settings.numberBFramesBetweenReferenceFrames(), frameRate));
        return args;
    }

    /** Rate control, GOP and B-frames, which H.264 and H.265 settings express alike. */
    private static List<String> structure(RateControl rate, Double gopSize, String gopUnits, Integer bFrames,
            double frameRate) {
        List<String> args = new ArrayList<>(rate.arguments());
        args.addAll(gop(gopSize, gopUnits, frameRate));
        if (bFrames != null) {
            args.addAll(List.of("-bf", bFrames.toString()));
        }
        return args;
    }

    /** The parts of VP8 and VP9 settings that matter to libvpx, which both codecs share. */
    private record Vpx(Integer bitrate, Integer maxBitrate, Integer bufferSize, Double gopSize, String tuning) {
    }

    private static Vpx vp8(Vp8Settings s) {
        return new Vpx(s.bitrate(), s.maxBitrate(), s.hrdBufferSize(), s.gopSize(), s.qualityTuningLevelAsString());
    }

    private static Vpx vp9(Vp9Settings s) {
        return new Vpx(s.bitrate(), s.maxBitrate(), s.hrdBufferSize(), s.gopSize(), s.qualityTuningLevelAsString());
    }

    private static List<String> vpx(String encoder, Vpx settings, double frameRate) {
        Vpx s = settings == null ? new Vpx(null, null, null, null, null) : settings;
        List<String> args = new ArrayList<>(List.of("-c:v", encoder, "-pix_fmt", "yuv420p",
                "-deadline", "good", "-cpu-used", "MULTI_PASS_HQ".equals(s.tuning()) ? "2" : "4"));
        if (encoder.equals("libvpx-vp9")) {
            args.addAll(List.of("-row-mt", "1", "-tile-columns", "2"));
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
        args.addAll(gop(s.gopSize(), "FRAMES", frameRate));
        return args;
    }

    static String preset(String qualityTuningLevel) {
        if (qualityTuningLevel == null) {
            return "faster";
        }
        return switch (qualityTuningLevel) {
            case "SINGLE_PASS_HQ" -> "medium";
            case "MULTI_PASS_HQ" -> "slow";
            default -> "faster";
        };
    }

    private static List<String> gop(Double size, String units, double frameRate) {
        if (size == null || size <= 0 || "AUTO".equals(units)) {
            return List.of();
        }
        long frames = "SECONDS".equals(units) ? Math.round(size * frameRate) : Math.round(size);
        return List.of("-g", String.valueOf(Math.max(1, frames)));
    }
}
