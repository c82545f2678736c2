package org.avengine.transcode;

import java.util.List;
import java.util.Locale;

import org.avengine.ffmpeg.FfmpegResult;

/**
 * Turns an ffmpeg run that did not succeed into a job failure with a MediaConvert-style code and
 * ffmpeg's own last error lines: problems reading the input are 1010, problems writing outputs 1040,
 * time-outs and anything else 1999.
 */
final class FfmpegFailures {

    private static final List<String> INPUT_SIGNS = List.of("invalid data found when processing input",
            "moov atom not found", "error while decoding", "could not find codec parameters", "truncat",
            "end of file", "invalid nal unit", "error reading header");
    private static final List<String> OUTPUT_SIGNS = List.of("no space left", "permission denied",
            "could not open file", "error opening output");

    private FfmpegFailures() {
    }

    static JobFailure of(FfmpegResult result, String timeoutText) {
        String lines = String.join("\n", result.lastErrorLines());
        return switch (result.outcome()) {
            case TIMED_OUT -> JobFailure.permanent(JobFailure.INTERNAL, "The job ran longer than its time limit of "
                    + timeoutText + " and was stopped. Last ffmpeg output:\n" + lines);
            case STALLED -> new JobFailure(JobFailure.INTERNAL, "ffmpeg made no progress for too long and was stopped."
                    + " Last ffmpeg output:\n" + lines, true);
            default -> JobFailure.permanent(code(lines), "Transcoding failed (ffmpeg exit code " + result.exitCode()
                    + "): " + lines);
        };
    }

    private static int code(String lines) {
        String text = lines.toLowerCase(Locale.ROOT);
        if (OUTPUT_SIGNS.stream().anyMatch(text::contains)) {
            return JobFailure.OUTPUT_WRITE;
        }
        if (INPUT_SIGNS.stream().anyMatch(text::contains)) {
            return JobFailure.INPUT_UNREADABLE;
        }
        return JobFailure.INTERNAL;
    }
}
