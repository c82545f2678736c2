package org.avengine.transcode;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.services.mediaconvert.model.H264Settings;
import software.amazon.awssdk.services.mediaconvert.model.H265Settings;
import software.amazon.awssdk.services.mediaconvert.model.VideoCodecSettings;

/**
 * ffmpeg encoder options for MediaConvert's video codec settings. Rate control: CBR pins the bitrate
 * (min = max = target, with the HRD buffer); VBR targets the bitrate under {@code maxBitrate}; QVBR
 * becomes a constant-quality encode (CRF {@code 37 - 2 × qvbrQualityLevel}, so the default level 7
 * is CRF 23) capped at {@code maxBitrate}. {@code qualityTuningLevel} picks the encoder's speed
 * (see docs/encoding.md for what each level costs and gains): x264/x265 preset SINGLE_PASS
 * {@code veryfast} (the default), SINGLE_PASS_HQ {@code medium}, MULTI_PASS_HQ {@code slow}; libvpx
 * {@code -deadline good} with {@code -cpu-used} 4, 2 and 1. VP9 encodes rows in parallel
 * ({@code -row-mt 1}) over as many tile columns as the width allows (at least 256 pixels each, at
 * most 4 columns). Every encoder gets the node's share of cores ({@link EncoderTarget#threads()}).
 */
final class VideoEncoder {

    private VideoEncoder() {
    }

    static List<String> arguments(VideoCodecSettings codec, EncoderTarget target) {
        List<String> args = new ArrayList<>(switch (codec.codecAsString()) {
            case "H_264" -> h264(codec.h264Settings(), target.frameRate());
            case "H_265" -> h265(codec.h265Settings(), target);
            case "VP8" -> VpxEncoder.vp8(codec.vp8Settings(), target);
            case "VP9" -> VpxEncoder.vp9(codec.vp9Settings(), target);
            default -> throw new IllegalArgumentException("No encoder for " + codec.codecAsString());
        });
        args.addAll(List.of("-threads", String.valueOf(target.threads())));
        return args;
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

    private static List<String> h265(H265Settings s, EncoderTarget target) {
        H265Settings settings = s == null ? H265Settings.builder().build() : s;
        String profile = settings.codecProfileAsString();
        boolean tenBit = profile != null && profile.startsWith("MAIN10");
        List<String> args = new ArrayList<>(List.of("-c:v", "libx265",
                "-pix_fmt", tenBit ? "yuv420p10le" : "yuv420p",
                "-preset", preset(settings.qualityTuningLevelAsString()),
                "-tag:v", "hvc1", "-x265-params", "log-level=error:pools=" + target.threads()));
        args.addAll(structure(new RateControl(settings.rateControlModeAsString(), settings.bitrate(), settings.maxBitrate(),
                settings.hrdBufferSize(), settings.qvbrSettings() == null ? null : settings.qvbrSettings().qvbrQualityLevel()),
                settings.gopSize(), settings.gopSizeUnitsAsString(), settings.numberBFramesBetweenReferenceFrames(),
                target.frameRate()));
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

    /** The x264/x265 preset of a {@code qualityTuningLevel}. */
    static String preset(String qualityTuningLevel) {
        if (qualityTuningLevel == null) {
            return "veryfast";
        }
        return switch (qualityTuningLevel) {
            case "SINGLE_PASS_HQ" -> "medium";
            case "MULTI_PASS_HQ" -> "slow";
            default -> "veryfast";
        };
    }

    static List<String> gop(Double size, String units, double frameRate) {
        if (size == null || size <= 0 || "AUTO".equals(units)) {
            return List.of();
        }
        long frames = "SECONDS".equals(units) ? Math.round(size * frameRate) : Math.round(size);
        return List.of("-g", String.valueOf(Math.max(1, frames)));
    }
}
