package org.avengine.ffmpeg;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One progress report of a running ffmpeg (a {@code -progress} block). A value is null when ffmpeg
 * reported {@code N/A}, left it out (audio-only runs have no frame count), or it was negative.
 *
 * @param frame frames written so far
 * @param fps frames encoded per second
 * @param outTimeMicros how far into the output ffmpeg has got, in microseconds
 * @param speed encoding speed as a multiple of real time ({@code 2.5} for "2.5x")
 * @param totalSize bytes written so far
 * @param end whether this is the last report ({@code progress=end})
 */
public record FfmpegProgress(Long frame, Double fps, Long outTimeMicros, Double speed, Long totalSize, boolean end) {

    /** How far into the output ffmpeg has got. */
    public Optional<Duration> outTime() {
        return Optional.ofNullable(outTimeMicros).map(micros -> Duration.of(micros, ChronoUnit.MICROS));
    }

    /** Percent done (0–100) of an output that will be {@code durationSeconds} long, when both are known. */
    public OptionalDouble percentOf(Double durationSeconds) {
        if (outTimeMicros == null || durationSeconds == null || durationSeconds <= 0) {
            return OptionalDouble.empty();
        }
        double percent = outTimeMicros / 1e4 / durationSeconds;
        return OptionalDouble.of(Math.max(0, Math.min(100, percent)));
    }
}
