package org.avengine.transcode;

import java.util.ArrayList;
import java.util.List;

/** MediaConvert's rate-control settings of an H.264 or H.265 output, as x264/x265 options. */
record RateControl(String mode, Integer bitrate, Integer maxBitrate, Integer bufferSize, Integer qvbrLevel) {

    List<String> arguments() {
        String m = mode == null ? (bitrate == null && maxBitrate != null ? "QVBR" : "VBR") : mode;
        List<String> args = new ArrayList<>();
        switch (m) {
            case "CBR" -> {
                int rate = bitrate != null ? bitrate : 5_000_000;
                args.addAll(List.of("-b:v", str(rate), "-minrate", str(rate),
                        "-maxrate", str(rate), "-bufsize", str(buffer(rate))));
            }
            case "QVBR" -> {
                int level = qvbrLevel != null ? qvbrLevel : 7;
                args.addAll(List.of("-crf", str(Math.max(0, 37 - 2 * level))));
                if (maxBitrate != null) {
                    args.addAll(List.of("-maxrate", str(maxBitrate), "-bufsize", str(buffer(maxBitrate))));
                }
            }
            default -> {
                if (bitrate == null) {
                    args.addAll(List.of("-crf", "23"));
                } else {
                    args.addAll(List.of("-b:v", str(bitrate)));
                }
                if (maxBitrate != null) {
                    args.addAll(List.of("-maxrate", str(maxBitrate), "-bufsize", str(buffer(maxBitrate))));
                }
            }
        }
        return args;
    }

    private long buffer(int rate) {
        return bufferSize != null ? bufferSize : 2L * rate;
    }

    private static String str(long value) {
        return String.valueOf(value);
    }
}
