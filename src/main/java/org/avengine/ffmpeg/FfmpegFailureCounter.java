package org.avengine.ffmpeg;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts ffmpeg runs that did not succeed, by outcome ({@code avengine_ffmpeg_failures_total} with
 * {@code outcome} FAILED, TIMED_OUT or STALLED); canceled runs are not failures. Every outcome is
 * registered at zero, so the series exist before the first failure.
 */
final class FfmpegFailureCounter {

    private final Map<FfmpegResult.Outcome, Counter> counters = new EnumMap<>(FfmpegResult.Outcome.class);

    FfmpegFailureCounter(MeterRegistry registry) {
        for (FfmpegResult.Outcome outcome : FfmpegResult.Outcome.values()) {
            if (outcome != FfmpegResult.Outcome.SUCCEEDED && outcome != FfmpegResult.Outcome.CANCELED) {
                counters.put(outcome, Counter.builder("avengine.ffmpeg.failures")
                        .description("ffmpeg runs that failed, timed out or stalled")
                        .tag("outcome", outcome.name()).register(registry));
            }
        }
    }

    void finished(FfmpegResult result) {
        Counter counter = counters.get(result.outcome());
        if (counter != null) {
            counter.increment();
        }
    }
}
