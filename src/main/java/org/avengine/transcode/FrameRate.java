package org.avengine.transcode;

import org.avengine.ffmpeg.StreamInfo;

import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.mediaconvert.model.VideoCodecSettings;

/**
 * An output's frame rate when its codec settings specify one ({@code framerateControl} SPECIFIED, or
 * a frame capture's captures per second, one a second by default); otherwise the input's rate is kept.
 */
record FrameRate(Integer numerator, Integer denominator) {

    private static final FrameRate SOURCE = new FrameRate(null, null);

    static FrameRate of(VideoCodecSettings codec, StreamInfo source) {
        if (codec == null || codec.codec() == null) {
            return SOURCE;
        }
        SdkPojo settings = switch (codec.codecAsString()) {
            case "H_264" -> codec.h264Settings();
            case "H_265" -> codec.h265Settings();
            case "VP8" -> codec.vp8Settings();
            case "VP9" -> codec.vp9Settings();
            case "GIF" -> codec.gifSettings();
            case "FRAME_CAPTURE" -> codec.frameCaptureSettings();
            default -> null;
        };
        boolean capture = "FRAME_CAPTURE".equals(codec.codecAsString());
        if (settings == null) {
            return capture ? new FrameRate(1, 1) : SOURCE;
        }
        Integer numerator = (Integer) member(settings, "FramerateNumerator", capture ? 1 : null);
        Integer denominator = (Integer) member(settings, "FramerateDenominator", capture ? 1 : null);
        Object control = member(settings, "FramerateControl", null);
        if (numerator == null || denominator == null || denominator == 0 || "INITIALIZE_FROM_SOURCE".equals(control)) {
            return SOURCE;
        }
        return new FrameRate(numerator, denominator);
    }

    /** A member of a codec settings object by its MediaConvert name; the codecs share these names. */
    private static Object member(SdkPojo settings, String name, Object fallback) {
        return settings.sdkFields().stream().filter(f -> f.memberName().equals(name)).findFirst()
                .map(f -> (Object) f.getValueOrDefault(settings)).orElse(fallback);
    }

    /**
     * The fps filter (with a trailing comma) when the rate changes, else nothing. A last frame that
     * ends before its output slot is still passed on, so an input shorter than one output frame (a
     * single picture, a tenth of a second) still gives one frame or capture rather than none.
     */
    String filter() {
        return numerator == null ? "" : "fps=" + numerator + "/" + denominator + ":eof_action=pass,";
    }

    double valueOr(StreamInfo source) {
        if (numerator != null) {
            return (double) numerator / denominator;
        }
        return source.frameRate() == null || source.frameRate() <= 0 ? 25 : source.frameRate();
    }
}
