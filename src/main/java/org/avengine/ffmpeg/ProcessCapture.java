package org.avengine.ffmpeg;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a short-lived command (ffprobe, {@code ffmpeg -version}) to completion within a time limit
 * and captures its output: stdout up to a limit, stderr as a bounded tail.
 */
final class ProcessCapture {

    static final int MAX_STDOUT_BYTES = 16 * 1024 * 1024;
    private static final int STDERR_LINES = 100;
    private static final Duration DRAIN_TIME = Duration.ofSeconds(5);

    private ProcessCapture() {
    }

    /**
     * What the command did.
     *
     * @param exitCode its exit code, or -1 when it was killed for taking too long
     * @param stdout what it printed, cut at {@link #MAX_STDOUT_BYTES}
     * @param stdoutTruncated whether stdout was longer
     * @param stderr the last lines of its stderr
     * @param timedOut whether it was killed for taking longer than the limit
     */
    record Captured(int exitCode, String stdout, boolean stdoutTruncated, List<String> stderr, boolean timedOut) {
    }

    static Captured run(Executable executable, List<String> arguments, Duration timeout) {
        Process process = start(executable, arguments);
        String prefix = executable.name() + "-" + process.pid();
        StderrTail stderr = StderrTail.ofLines(STDERR_LINES);
        Thread stderrReader = ChildOutput.readLines(prefix + "-stderr", process.getErrorStream(), stderr::add);
        CompletableFuture<ChildOutput.Bytes> stdout =
                ChildOutput.readBytes(prefix + "-stdout", process.getInputStream(), MAX_STDOUT_BYTES);
        try {
            boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!exited) {
                process.destroyForcibly().waitFor(DRAIN_TIME.toMillis(), TimeUnit.MILLISECONDS);
            }
            return collect(process, exited, stderrReader, stderr, stdout);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while waiting for " + executable.name());
        }
    }

    private static Captured collect(Process process, boolean exited, Thread stderrReader, StderrTail stderr,
            CompletableFuture<ChildOutput.Bytes> stdout) throws InterruptedException {
        stderrReader.join(DRAIN_TIME.toMillis());
        try {
            ChildOutput.Bytes out = stdout.get(DRAIN_TIME.toMillis(), TimeUnit.MILLISECONDS);
            int exitCode = exited ? process.exitValue() : -1;
            return new Captured(exitCode, out.text(), out.truncated(), stderr.lines(), !exited);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("Could not read the output of pid " + process.pid(), e);
        }
    }

    private static Process start(Executable executable, List<String> arguments) {
        try {
            Process process = executable.processBuilder(arguments).start();
            process.getOutputStream().close();
            return process;
        } catch (IOException e) {
            throw new FfmpegUnavailableException(
                    "Cannot start " + executable.name() + " at " + executable.path() + ": " + e.getMessage(), e);
        }
    }
}
