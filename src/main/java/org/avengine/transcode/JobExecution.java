package org.avengine.transcode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.avengine.ffmpeg.FfmpegResult;
import org.avengine.ffmpeg.MediaInfo;
import org.avengine.ffmpeg.MediaUnreadableException;
import org.avengine.ffmpeg.UnsupportedFormatException;
import org.avengine.storage.LocalInput;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.services.mediaconvert.model.JobSettings;

/**
 * Runs one claimed job: fetch the input (PROBING), probe it, plan and run one ffmpeg process, or
 * for a long video its chunks on any nodes ({@link ChunkedEncoding}) (TRANSCODING), probe and
 * publish the outputs (UPLOADING). Every way out removes the job's work
 * folder; a failure carries a MediaConvert-style code and ffmpeg's own message.
 */
@Component
class JobExecution {

    private final JobProcess process;
    private final InputSource inputs;
    private final JobPlanner planner;
    private final ChunkedEncoding chunked;

    JobExecution(JobProcess process, InputSource inputs, JobPlanner planner, ChunkedEncoding chunked) {
        this.process = process;
        this.inputs = inputs;
        this.planner = planner;
        this.chunked = chunked;
    }

    /** Transcodes into {@code workDir}; returns the plan whose outputs are ready to publish, or null when the lease was lost. */
    TranscodePlan transcode(RunningJob running, Path workDir, Duration maxTime) {
        JobSettings settings = running.job().request().settings();
        String fileInput = settings.inputs().get(0).fileInput();
        try (LocalInput input = inputs.fetch(fileInput, workDir)) {
            MediaInfo media = probe(running.job().id(), input.path(), fileInput);
            TranscodePlan plan = plan(settings, media, input.path(), fileInput, workDir,
                    ContainerTags.from(running.job().request().userMetadata()));
            if (running.leaseLost()) {
                return null;
            }
            running.phase(JobPhase.TRANSCODING, 0);
            Duration limit = timeLimit(maxTime, plan.durationSeconds());
            var source = new ChunkedEncoding.Source(input.path(), fileInput, media, workDir);
            var split = chunked.split(running.job(), plan, source);
            if (split.isPresent()) {
                return chunked.encode(running, plan, source, split.get(), limit);
            }
            FfmpegResult result = process.run(running, plan, limit);
            if (running.leaseLost()) {
                return null;
            }
            if (result.outcome() != FfmpegResult.Outcome.SUCCEEDED) {
                throw new JobFailedException(FfmpegFailures.of(result, limit.toString()));
            }
            return plan;
        }
    }

    private MediaInfo probe(JobId id, Path file, String fileInput) {
        try {
            MediaInfo media = process.probe(id, file);
            if (ListFormats.isList(media.formatName())) {
                throw new JobFailedException(JobFailure.permanent(JobFailure.UNSUPPORTED, "Input file [" + fileInput
                        + "] is a " + media.formatName() + " playlist or list of other files; avengine transcodes media"
                        + " files only, so that an input cannot make ffmpeg read anything else"));
            }
            return media;
        } catch (UnsupportedFormatException e) {
            throw new JobFailedException(JobFailure.permanent(JobFailure.UNSUPPORTED, "Input file [" + fileInput
                    + "] is not a media file avengine reads: " + e.ffprobeMessage()), e);
        } catch (MediaUnreadableException e) {
            throw new JobFailedException(JobFailure.permanent(JobFailure.INPUT_UNREADABLE,
                    "Unable to open input file [" + fileInput + "]: failed probe/open: " + e.getMessage()), e);
        }
    }

    private TranscodePlan plan(JobSettings settings, MediaInfo media, Path input, String fileInput, Path workDir,
            ContainerTags tags) {
        try {
            TranscodePlan plan = planner.plan(settings, media, input, fileName(fileInput), workDir, tags);
            for (PlannedOutput output : plan.outputs()) {
                Files.createDirectories(output.localDir());
            }
            return plan;
        } catch (PlanningException e) {
            throw new JobFailedException(JobFailure.permanent(JobFailure.UNSUPPORTED, e.getMessage()), e);
        } catch (IOException e) {
            throw new JobFailedException(new JobFailure(JobFailure.INTERNAL, "Cannot create the work folder: " + e, true), e);
        }
    }

    /** The longest a job may take: generous for its media's length, never over the configured limit. */
    static Duration timeLimit(Duration max, double mediaSeconds) {
        Duration byMedia = Duration.ofMinutes(5).plusSeconds((long) Math.ceil(mediaSeconds * 20));
        return byMedia.compareTo(max) < 0 ? byMedia : max;
    }

    static String fileName(String location) {
        String path = location.replaceFirst("[?#].*$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
