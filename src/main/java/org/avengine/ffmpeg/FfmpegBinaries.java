package org.avengine.ffmpeg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bytedeco.javacpp.Loader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Finds ffmpeg and ffprobe once, at start-up: a configured system executable wins, else the one
 * embedded in {@code org.bytedeco:ffmpeg} (extracted by JavaCPP into {@code ~/.javacpp/cache}).
 * Both are run once ({@code -version}, {@code -encoders}) so that a broken installation shows up in
 * the log and in the health endpoint instead of in the first job; this node still starts then.
 */
@Component
class FfmpegBinaries {

    private static final Logger log = LoggerFactory.getLogger(FfmpegBinaries.class);

    private final Duration checkTimeout;
    private final Found found;
    private final FfmpegUnavailableException failure;

    private record Found(Executable ffmpeg, Executable ffprobe, FfmpegInfo info) {
    }

    FfmpegBinaries(FfmpegProperties properties) {
        this.checkTimeout = properties.probeTimeout();
        Found result = null;
        FfmpegUnavailableException problem = null;
        try {
            result = find(properties);
            log.info("Using FFmpeg {} at {} (ffprobe at {})",
                    result.info().version(), result.info().ffmpegPath(), result.info().ffprobePath());
        } catch (FfmpegUnavailableException e) {
            log.error("FFmpeg is unavailable on this node: {}", e.getMessage());
            problem = e;
        }
        this.found = result;
        this.failure = problem;
    }

    /** The version, paths and encoders; throws when FFmpeg could not be started. */
    FfmpegInfo info() {
        return available().info();
    }

    Executable ffmpeg() {
        return available().ffmpeg();
    }

    Executable ffprobe() {
        return available().ffprobe();
    }

    /** Why FFmpeg cannot be used on this node, if it cannot. */
    Optional<FfmpegUnavailableException> failure() {
        return Optional.ofNullable(failure);
    }

    private Found available() {
        if (failure != null) {
            throw new FfmpegUnavailableException(failure.getMessage(), failure);
        }
        return found;
    }

    private Found find(FfmpegProperties properties) {
        Executable ffmpeg = locate("ffmpeg", properties.ffmpegPath(), org.bytedeco.ffmpeg.ffmpeg.class);
        Executable ffprobe = locate("ffprobe", properties.ffprobePath(), org.bytedeco.ffmpeg.ffprobe.class);
        return new Found(ffmpeg, ffprobe, describe(ffmpeg, ffprobe));
    }

    private static Executable locate(String name, Path configured, Class<?> embedded) {
        if (configured != null) {
            if (!Files.isExecutable(configured)) {
                throw new FfmpegUnavailableException("The configured " + name + " " + configured + " is not an executable file");
            }
            return Executable.system(name, configured);
        }
        return Executable.embedded(name, Path.of(extract(name, embedded)));
    }

    private static String extract(String name, Class<?> embedded) {
        try {
            return Loader.load(embedded);
        } catch (LinkageError e) {
            String library = MissingLibrary.named(messages(e)).orElse(null);
            String message = library == null
                    ? "The embedded " + name + " cannot be loaded: " + e.getMessage()
                    : MissingLibrary.explain("The embedded " + name, library);
            throw new FfmpegUnavailableException(message, e);
        }
    }

    private static String messages(Throwable error) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    private FfmpegInfo describe(Executable ffmpeg, Executable ffprobe) {
        String version = FfmpegVersion.parse(check(ffmpeg, "-version"));
        check(ffprobe, "-version");
        List<String> encoders = FfmpegVersion.encoders(check(ffmpeg, "-encoders"));
        return new FfmpegInfo(version, ffmpeg.path(), ffprobe.path(), Set.copyOf(encoders));
    }

    /** Runs {@code executable -hide_banner option} and returns its stdout, or says why it failed. */
    private String check(Executable executable, String option) {
        ProcessCapture.Captured captured = ProcessCapture.run(executable, List.of("-hide_banner", option), checkTimeout);
        if (captured.exitCode() == 0) {
            return captured.stdout();
        }
        String reason = MissingLibrary.explain(executable.name() + " at " + executable.path(), captured.stderr())
                .orElseGet(() -> executable.name() + " at " + executable.path() + " " + option + " failed"
                        + (captured.timedOut() ? " to finish in " + checkTimeout : " with exit code " + captured.exitCode())
                        + ": " + String.join(" / ", captured.stderr()));
        throw new FfmpegUnavailableException(reason);
    }
}
