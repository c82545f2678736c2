package org.avengine.ffmpeg;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.avengine.ffmpeg.FfmpegResult.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running ffmpeg process. A watchdog thread enforces the overall and stall timeouts and the
 * cancel grace period (SIGTERM, then SIGKILL), so the process always ends and its threads with it,
 * whether or not anyone calls {@link #await()}.
 */
public final class FfmpegRun {

    private static final Logger log = LoggerFactory.getLogger(FfmpegRun.class);
    private static final long WATCH_INTERVAL_MILLIS = 100;
    private static final long READER_JOIN_MILLIS = 2000;

    private final Process process;
    private final FfmpegCommand command;
    private final RunLimits limits;
    private final Consumer<FfmpegProgress> onProgress;
    private final StderrTail stderr;
    private final long startedNanos = System.nanoTime();
    private final AtomicReference<Outcome> stopReason = new AtomicReference<>();
    private final CompletableFuture<FfmpegResult> result = new CompletableFuture<>();
    private volatile long lastProgressNanos = startedNanos;
    private volatile long stopRequestedNanos;
    private boolean killed;
    private Thread stdoutReader;
    private Thread stderrReader;

    private FfmpegRun(Process process, FfmpegCommand command, RunLimits limits, Consumer<FfmpegProgress> onProgress) {
        this.process = process;
        this.command = command;
        this.limits = limits;
        this.onProgress = onProgress;
        this.stderr = StderrTail.ofLines(limits.stderrTailLines());
    }

    /** Starts {@code command} and its supervising threads; {@code onFinished} runs after it has ended. */
    static FfmpegRun start(Executable ffmpeg, FfmpegCommand command, RunLimits limits,
            Consumer<FfmpegProgress> onProgress, Consumer<FfmpegRun> onFinished) {
        Process process = launch(ffmpeg, command);
        FfmpegRun run = new FfmpegRun(process, command, limits, onProgress);
        log.info("Started ffmpeg pid {}", process.pid());
        log.debug("ffmpeg pid {}: {}", process.pid(), command);
        run.supervise(onFinished);
        return run;
    }

    /** The operating-system process id. */
    public long pid() {
        return process.pid();
    }

    /** Asks ffmpeg to stop (SIGTERM) and kills it if it has not stopped after the grace period. */
    public void cancel() {
        stop(Outcome.CANCELED);
    }

    /**
     * Waits for the run to end and returns how it ended. The wait is bounded by the run's own
     * timeout plus the grace period. An interrupted caller cancels the run.
     *
     * @throws CancellationException when the waiting thread is interrupted (the run is canceled)
     */
    public FfmpegResult await() {
        try {
            return result.get(limits.longestWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            cancel();
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while waiting for ffmpeg pid " + pid() + "; it was canceled");
        } catch (ExecutionException e) {
            throw new IllegalStateException("Supervising ffmpeg pid " + pid() + " failed", e.getCause());
        } catch (TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("ffmpeg pid " + pid() + " did not end within " + limits.longestWait(), e);
        }
    }

    /** Whether the process has not ended yet. */
    public boolean isRunning() {
        return !result.isDone();
    }

    @Override
    public String toString() {
        return "ffmpeg pid " + pid() + ": " + command;
    }

    private static Process launch(Executable ffmpeg, FfmpegCommand command) {
        try {
            Process process = ffmpeg.processBuilder(command.arguments()).start();
            process.getOutputStream().close();
            return process;
        } catch (IOException e) {
            throw new FfmpegUnavailableException("Cannot start ffmpeg at " + ffmpeg.path() + ": " + e.getMessage(), e);
        }
    }

    private void supervise(Consumer<FfmpegRun> onFinished) {
        String prefix = "ffmpeg-" + pid();
        ProgressParser parser = new ProgressParser();
        stdoutReader = ChildOutput.readLines(prefix + "-progress", process.getInputStream(),
                line -> parser.accept(line).ifPresent(this::progressed));
        stderrReader = ChildOutput.readLines(prefix + "-stderr", process.getErrorStream(), stderr::add);
        ChildOutput.daemon(prefix + "-watchdog", () -> watch(onFinished));
    }

    private void progressed(FfmpegProgress progress) {
        lastProgressNanos = System.nanoTime();
        try {
            onProgress.accept(progress);
        } catch (RuntimeException e) {
            log.warn("The progress listener of ffmpeg pid {} failed; the run goes on", pid(), e);
        }
    }

    private void stop(Outcome reason) {
        if (process.isAlive() && stopReason.compareAndSet(null, reason)) {
            stopRequestedNanos = System.nanoTime();
            log.info("Stopping ffmpeg pid {}: {}", pid(), reason);
            process.destroy();
        }
    }

    private void watch(Consumer<FfmpegRun> onFinished) {
        try {
            while (!process.waitFor(WATCH_INTERVAL_MILLIS, TimeUnit.MILLISECONDS)) {
                enforceLimits();
            }
            result.complete(finish());
            onFinished.accept(this);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            result.completeExceptionally(e);
        } catch (RuntimeException e) {
            process.destroyForcibly();
            result.completeExceptionally(e);
        }
    }

    private void enforceLimits() {
        long now = System.nanoTime();
        if (now - startedNanos > limits.timeout().toNanos()) {
            stop(Outcome.TIMED_OUT);
        } else if (now - lastProgressNanos > limits.stallTimeout().toNanos()) {
            stop(Outcome.STALLED);
        }
        if (!killed && stopReason.get() != null && now - stopRequestedNanos > limits.gracePeriod().toNanos()) {
            log.warn("ffmpeg pid {} did not stop within {} of SIGTERM; killing it", pid(), limits.gracePeriod());
            process.destroyForcibly();
            killed = true;
        }
    }

    private FfmpegResult finish() throws InterruptedException {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startedNanos);
        stdoutReader.join(READER_JOIN_MILLIS);
        stderrReader.join(READER_JOIN_MILLIS);
        if (stdoutReader.isAlive() || stderrReader.isAlive()) {
            log.warn("The output of ffmpeg pid {} is still open after it exited; its readers end with the pipe", pid());
        }
        int exitCode = process.exitValue();
        Outcome reason = stopReason.get();
        // exit code 0 means ffmpeg finished its work even if a stop was asked for at the last moment
        Outcome outcome = exitCode == 0 ? Outcome.SUCCEEDED : reason != null ? reason : Outcome.FAILED;
        FfmpegResult finished = new FfmpegResult(outcome, exitCode, stderr.lines(), elapsed);
        log.info("ffmpeg pid {} ended: {} (exit code {}) after {}", pid(), outcome, exitCode, elapsed);
        return finished;
    }
}
