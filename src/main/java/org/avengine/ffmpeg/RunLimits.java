package org.avengine.ffmpeg;

import java.time.Duration;

/**
 * The limits one run is held to.
 *
 * @param timeout the longest the run may take overall
 * @param stallTimeout the longest it may go without a progress report
 * @param gracePeriod how long ffmpeg gets after SIGTERM before it is killed
 * @param stderrTailLines how many stderr lines the result keeps
 */
record RunLimits(Duration timeout, Duration stallTimeout, Duration gracePeriod, int stderrTailLines) {

    /** How long {@link FfmpegRun#await()} may wait before something is wrong with the supervision itself. */
    Duration longestWait() {
        return timeout.plus(gracePeriod).plus(gracePeriod).plusSeconds(30);
    }
}
