package org.avengine.ffmpeg;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the FFmpeg module. Absent values take the defaults below, so the module works with
 * no configuration at all.
 *
 * @param ffmpegPath a system ffmpeg to use instead of the embedded {@code org.bytedeco:ffmpeg} one
 * @param ffprobePath a system ffprobe to use instead of the embedded one
 * @param stallTimeout how long a run may go without a progress report before it is stopped (60s)
 * @param cancelGracePeriod how long ffmpeg gets after SIGTERM to finish before it is killed (5s)
 * @param stderrTailLines how many of ffmpeg's last stderr lines a result keeps (40 when absent or 0)
 * @param probeTimeout the longest one ffprobe call may take (30s)
 */
@ConfigurationProperties("avengine.ffmpeg")
record FfmpegProperties(
        Path ffmpegPath,
        Path ffprobePath,
        Duration stallTimeout,
        Duration cancelGracePeriod,
        int stderrTailLines,
        Duration probeTimeout) {

    static final Duration DEFAULT_STALL_TIMEOUT = Duration.ofSeconds(60);
    static final Duration DEFAULT_CANCEL_GRACE_PERIOD = Duration.ofSeconds(5);
    static final int DEFAULT_STDERR_TAIL_LINES = 40;
    static final Duration DEFAULT_PROBE_TIMEOUT = Duration.ofSeconds(30);

    FfmpegProperties {
        stallTimeout = positiveOr(stallTimeout, DEFAULT_STALL_TIMEOUT, "stall-timeout");
        cancelGracePeriod = positiveOr(cancelGracePeriod, DEFAULT_CANCEL_GRACE_PERIOD, "cancel-grace-period");
        probeTimeout = positiveOr(probeTimeout, DEFAULT_PROBE_TIMEOUT, "probe-timeout");
        stderrTailLines = stderrTailLines == 0 ? DEFAULT_STDERR_TAIL_LINES : stderrTailLines;
        if (stderrTailLines < 0) {
            throw new IllegalArgumentException("avengine.ffmpeg.stderr-tail-lines must be positive");
        }
    }

    /** Every setting at its default: the embedded binaries. */
    static FfmpegProperties defaults() {
        return new FfmpegProperties(null, null, null, null, 0, null);
    }

    private static Duration positiveOr(Duration value, Duration fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("avengine.ffmpeg." + name + " must be positive, was " + value);
        }
        return value;
    }
}
