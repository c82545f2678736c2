package org.avengine.transcode;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.avengine.ffmpeg.Ffmpeg;
import org.avengine.ffmpeg.FfmpegCommand;
import org.avengine.ffmpeg.FfmpegProgress;
import org.avengine.ffmpeg.FfmpegResult;
import org.avengine.ffmpeg.MediaInfo;
import org.avengine.ffmpeg.MediaUnreadableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A job's ffmpeg and ffprobe: probes the input, runs the planned command with progress going to the
 * running job, and records the command, the realtime speed (at most once a second) and the stderr
 * tail as the job's {@link JobRun}.
 */
@Component
class JobProcess {

    private static final Logger log = LoggerFactory.getLogger(JobProcess.class);
    private static final Duration SPEED_EVERY = Duration.ofSeconds(1);

    private final Ffmpeg ffmpeg;
    private final JobRuns runs;

    JobProcess(Ffmpeg ffmpeg, JobRuns runs) {
        this.ffmpeg = ffmpeg;
        this.runs = runs;
    }

    /** What ffprobe says of the job's input; when it cannot read it, its message is kept as the job's run. */
    MediaInfo probe(JobId id, Path file) {
        try {
            return ffmpeg.probe(file);
        } catch (MediaUnreadableException e) {
            runs.probeFailed(id, e.ffprobeMessage() == null ? List.of() : e.ffprobeMessage().lines().toList());
            throw e;
        }
    }

    FfmpegResult run(RunningJob running, TranscodePlan plan, Duration limit) {
        FfmpegCommand command = FfmpegCommand.builder().args(plan.arguments().toArray(String[]::new)).build();
        JobId id = running.job().id();
        log.debug("Job {} runs {}", id, command);
        runs.started(id, command.toString());
        double total = plan.durationSeconds();
        AtomicReference<Instant> lastSpeed = new AtomicReference<>(Instant.EPOCH);
        var process = ffmpeg.start(command, limit, progress -> {
            if (total > 0 && progress.outTimeMicros() != null) {
                running.percent((int) Math.min(99, progress.outTimeMicros() / 10_000.0 / total));
            }
            recordSpeed(id, progress, lastSpeed);
        });
        running.attach(process);
        FfmpegResult result = process.await();
        runs.ended(id, result.stderrTail());
        return result;
    }

    private void recordSpeed(JobId id, FfmpegProgress progress, AtomicReference<Instant> last) {
        Instant now = Instant.now();
        if (progress.speed() != null && Duration.between(last.get(), now).compareTo(SPEED_EVERY) >= 0) {
            last.set(now);
            runs.speed(id, progress.speed());
        }
    }
}
