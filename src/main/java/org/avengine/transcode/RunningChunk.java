package org.avengine.transcode;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.avengine.ffmpeg.FfmpegRun;

/**
 * A chunk task this node is encoding: its claim, its latest progress (what the heartbeat writes)
 * and the ffmpeg process to stop when the run stops counting (its job was canceled or moved on).
 */
final class RunningChunk {

    private final ClaimedChunk chunk;
    private final AtomicInteger percent = new AtomicInteger();
    private final AtomicReference<FfmpegRun> process = new AtomicReference<>();
    private volatile boolean lost;

    RunningChunk(ClaimedChunk chunk) {
        this.chunk = chunk;
    }

    ClaimedChunk chunk() {
        return chunk;
    }

    int percent() {
        return percent.get();
    }

    void percent(int value) {
        percent.set(value);
    }

    void attach(FfmpegRun run) {
        process.set(run);
        if (lost) {
            run.cancel();
        }
    }

    /** The run no longer counts: stop ffmpeg; the run cleans up and reports nothing. */
    void lose() {
        lost = true;
        FfmpegRun run = process.get();
        if (run != null) {
            run.cancel();
        }
    }

    boolean lost() {
        return lost;
    }
}
