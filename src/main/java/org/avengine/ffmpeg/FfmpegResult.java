package org.avengine.ffmpeg;

import java.time.Duration;
import java.util.List;

/**
 * How an ffmpeg run ended.
 *
 * @param outcome why it ended
 * @param exitCode the process's exit code (128 + signal number when it was killed)
 * @param stderrTail the last lines ffmpeg wrote to stderr
 * @param elapsed from start to exit
 */
public record FfmpegResult(Outcome outcome, int exitCode, List<String> stderrTail, Duration elapsed) {

    /** Why a run ended. */
    public enum Outcome {
        /** ffmpeg exited with code 0. */
        SUCCEEDED,
        /** ffmpeg exited with an error of its own; see {@link #lastErrorLines()}. */
        FAILED,
        /** Stopped because {@link FfmpegRun#cancel()} was called. */
        CANCELED,
        /** Stopped because it ran longer than its overall timeout. */
        TIMED_OUT,
        /** Stopped because it reported no progress for the stall timeout. */
        STALLED
    }

    public FfmpegResult {
        stderrTail = List.copyOf(stderrTail);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCEEDED;
    }

    /**
     * ffmpeg's own last error lines, cleaned for people to read (no log levels, no memory
     * addresses, no follow-on noise such as "Conversion failed!"); at most five.
     */
    public List<String> lastErrorLines() {
        return ErrorLines.of(stderrTail);
    }
}
