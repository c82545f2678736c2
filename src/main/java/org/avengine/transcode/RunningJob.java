package org.avengine.transcode;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.avengine.ffmpeg.FfmpegRun;

/**
 * A job this node is running: its lease, its latest progress (what the heartbeat writes) and the
 * ffmpeg process to stop when the lease is lost (canceled, or re-queued by another node).
 */
final class RunningJob {

    private final Job job;
    private final String leaseToken;
    private final AtomicReference<JobPhase> phase = new AtomicReference<>(JobPhase.PROBING);
    private final AtomicInteger percent = new AtomicInteger();
    private final AtomicReference<FfmpegRun> process = new AtomicReference<>();
    private volatile boolean leaseLost;
    private volatile Instant lastStatusUpdate;

    RunningJob(Job job, String leaseToken, Instant started) {
        this.job = job;
        this.leaseToken = leaseToken;
        this.lastStatusUpdate = started;
    }

    Job job() {
        return job;
    }

    String leaseToken() {
        return leaseToken;
    }

    void phase(JobPhase newPhase, int newPercent) {
        phase.set(newPhase);
        percent.set(newPercent);
    }

    void percent(int newPercent) {
        percent.set(newPercent);
    }

    JobPhase phase() {
        return phase.get();
    }

    int percent() {
        return percent.get();
    }

    void attach(FfmpegRun run) {
        process.set(run);
        if (leaseLost) {
            run.cancel();
        }
    }

    /** The job is no longer ours: stop ffmpeg; the execution cleans up and writes nothing more. */
    void loseLease() {
        leaseLost = true;
        FfmpegRun run = process.get();
        if (run != null) {
            run.cancel();
        }
    }

    boolean leaseLost() {
        return leaseLost;
    }

    Instant lastStatusUpdate() {
        return lastStatusUpdate;
    }

    void statusUpdated(Instant at) {
        lastStatusUpdate = at;
    }
}
