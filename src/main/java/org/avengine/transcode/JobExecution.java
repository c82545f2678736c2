package org.avengine.transcode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.avengine.ffmpeg.FfmpegResult;
import org.avengine.ffmpeg.MediaInfo;
import org.avengine.ffmpeg.MediaUnreadableException;
import org.avengine.storage.InputFetcher;
import org.avengine.storage.LocalInput;
import org.avengine.storage.Location;
import org.avengine.storage.Locations;
import org.avengine.storage.ObjectNotFoundException;
import org.avengine.storage.StorageException;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.services.mediaconvert.model.JobSettings;

/**
 * Runs one claimed job: fetch the input (PROBING), probe it, plan and run one ffmpeg process
 * (TRANSCODING), probe and publish the outputs (UPLOADING). Every way out removes the job's work
 * folder; a failure carries a MediaConvert-style code and ffmpeg's own message.
 */
@Component
class JobExecution {

    private final JobProcess process;
    private final InputFetcher inputs;
    private final Locations locations;
    private final JobPlanner planner;

    JobExecution(JobProcess process, InputFetcher inputs, Locations locations, JobPlanner planner) {
        this.process = process;
        this.inputs = inputs;
        this.locations = locations;
        this.planner = planner;
    }

    /** Transcodes into {@code workDir}; returns the plan whose outputs are ready to publish, or null when the lease was lost. */
    TranscodePlan transcode(RunningJob running, Path workDir, Duration maxTime) {
        JobSettings settings = running.job().request().settings();
        String fileInput = settings.inputs().get(0).fileInput();
        try (LocalInput input = fetch(fileInput, workDir)) {
            MediaInfo media = probe(input.path(), fileInput);
            TranscodePlan plan = plan(settings, media, input.path(), fileInput, workDir,
                    ContainerTags.from(running.job().request().userMetadata()));
            if (running.leaseLost()) {
                return null;
            }
            running.phase(JobPhase.TRANSCODING, 0);
            FfmpegResult result = process.run(running, plan, timeLimit(maxTime, plan.durationSeconds()));
            if (running.leaseLost()) {
                return null;
            }
            if (result.outcome() != FfmpegResult.Outcome.SUCCEEDED) {
                throw new JobFailedException(FfmpegFailures.of(result, timeLimit(maxTime, plan.durationSeconds()).toString()));
            }
            return plan;
        }
    }

    private LocalInput fetch(String fileInput, Path workDir) {
        try {
            Location location = locations.parse(fileInput);
            return inputs.fetch(location, workDir);
        } catch (ObjectNotFoundException e) {
            throw new JobFailedException(JobFailure.permanent(JobFailure.INPUT_UNREADABLE,
                    "Unable to open input file [" + fileInput + "]: the file does not exist"), e);
        } catch (StorageException e) {
            throw new JobFailedException(new JobFailure(JobFailure.INPUT_UNREADABLE,
                    "Unable to open input file [" + fileInput + "]: " + e.getMessage(), e.isTransient()), e);
        }
    }

    private MediaInfo probe(Path file, String fileInput) {
        try {
            MediaInfo media = process.probe(file);
            if (ListFormats.isList(media.formatName())) {
                throw new JobFailedException(JobFailure.permanent(JobFailure.UNSUPPORTED, "Input file [" + fileInput
                        + "] is a " + media.formatName() + " playlist or list of other files; avengine transcodes media"
                        + " files only, so that an input cannot make ffmpeg read anything else"));
            }
            return media;
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
