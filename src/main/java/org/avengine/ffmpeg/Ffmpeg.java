package org.avengine.ffmpeg;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The FFmpeg module's entry point: runs ffmpeg commands with progress, timeouts and cancel, and
 * probes media with ffprobe. Every process it starts is stopped when the application shuts down.
 */
@Component
public class Ffmpeg implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Ffmpeg.class);

    private final FfmpegBinaries binaries;
    private final FfmpegProperties properties;
    private final MediaProbe probe;
    private final FrameListing frames;
    private final Set<FfmpegRun> running = ConcurrentHashMap.newKeySet();

    Ffmpeg(FfmpegBinaries binaries, FfmpegProperties properties) {
        this.binaries = binaries;
        this.properties = properties;
        this.probe = new MediaProbe(binaries, properties.probeTimeout());
        this.frames = new FrameListing(binaries, properties.probeTimeout());
    }

    /**
     * Starts {@code command} and returns at once. {@code onProgress} is called on the run's own
     * thread for every progress report; keep it short.
     *
     * @param timeout the longest the run may take before it is stopped as {@code TIMED_OUT}
     * @throws FfmpegUnavailableException when ffmpeg cannot be started on this node
     */
    public FfmpegRun start(FfmpegCommand command, Duration timeout, Consumer<FfmpegProgress> onProgress) {
        RunLimits limits = new RunLimits(timeout, properties.stallTimeout(), properties.cancelGracePeriod(),
                properties.stderrTailLines());
        FfmpegRun run = FfmpegRun.start(binaries.ffmpeg(), command, limits, onProgress, running::remove);
        running.add(run);
        if (!run.isRunning()) {
            running.remove(run);
        }
        return run;
    }

    /** Runs {@code command} to its end, ignoring progress. */
    public FfmpegResult run(FfmpegCommand command, Duration timeout) {
        return start(command, timeout, progress -> { }).await();
    }

    /**
     * Describes a media file with ffprobe.
     *
     * @throws MediaUnreadableException when ffprobe cannot read it, with ffprobe's own message
     */
    public MediaInfo probe(Path file) {
        return probe.probe(file);
    }

    /**
     * Describes an HLS playlist or DASH manifest this node's ffmpeg wrote, which {@link #probe}
     * refuses as it would refuse them as inputs.
     *
     * @throws MediaUnreadableException when ffprobe cannot read it, with ffprobe's own message
     */
    public MediaInfo probeOwnOutput(Path file) {
        return probe.probe(file, InputFormats.OWN_OUTPUT_PROBE_OPTIONS);
    }

    /**
     * The frames of the file's first video stream with their times and keyframe flags, read from its
     * packets; empty when it has no video or its packets carry no presentation times.
     *
     * @throws MediaUnreadableException when ffprobe cannot list them
     */
    public VideoFrames videoFrames(Path file) {
        return frames.list(file);
    }

    /** The FFmpeg this node uses. */
    public FfmpegInfo info() {
        return binaries.info();
    }

    /** Stops the runs still going when the application shuts down, so no ffmpeg outlives it. */
    @Override
    public void destroy() {
        List<FfmpegRun> left = List.copyOf(running);
        if (!left.isEmpty()) {
            log.info("Stopping {} ffmpeg run(s) at shutdown", left.size());
        }
        left.forEach(FfmpegRun::cancel);
        left.forEach(FfmpegRun::await);
    }
}
