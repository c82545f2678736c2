package org.avengine.transcode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.avengine.ffmpeg.Ffmpeg;
import org.avengine.ffmpeg.FfmpegCommand;
import org.avengine.ffmpeg.FfmpegResult;
import org.avengine.ffmpeg.FfmpegRun;
import org.avengine.storage.LocalInput;
import org.avengine.storage.ObjectRef;
import org.avengine.storage.ObjectStore;
import org.avengine.storage.StorageException;
import org.springframework.stereotype.Component;

/**
 * Encodes one claimed chunk task on this node: the job's input made local here, the task's ffmpeg
 * arguments run with this node's input file and a work folder of the task's own (removed on every
 * way out), its files uploaded to the scratch bucket. Failures are thrown as job failures, for the
 * worker to retry the task or fail it.
 */
@Component
class ChunkRun {

    private final Ffmpeg ffmpeg;
    private final InputSource inputs;
    private final ObjectStore store;
    private final JobRunner.Settings settings;

    ChunkRun(Ffmpeg ffmpeg, InputSource inputs, ObjectStore store, JobRunner.Settings settings) {
        this.ffmpeg = ffmpeg;
        this.inputs = inputs;
        this.store = store;
        this.settings = settings;
    }

    /** Encodes and uploads the task's files; does nothing more once the run stops counting. */
    void run(RunningChunk running) {
        ClaimedChunk chunk = running.chunk();
        Path dir = settings.node().workDir().resolve("chunk-" + chunk.jobId() + "-" + chunk.index() + "-"
                + chunk.leaseToken().substring(0, 8));
        try (LocalInput input = inputs.fetch(chunk.inputLocation(), dir)) {
            Files.createDirectories(dir);
            Duration limit = JobExecution.timeLimit(settings.transcode().worker().jobTimeout(), chunk.mediaSeconds());
            FfmpegRun run = ffmpeg.start(command(chunk, input.path(), dir), limit, progress -> {
                if (progress.outTimeMicros() != null && chunk.mediaSeconds() > 0) {
                    running.percent((int) Math.min(99, progress.outTimeMicros() / 10_000.0 / chunk.mediaSeconds()));
                }
            });
            running.attach(run);
            FfmpegResult result = run.await();
            if (running.lost()) {
                return;
            }
            if (!result.succeeded()) {
                throw new JobFailedException(FfmpegFailures.of(result, limit.toString()));
            }
            upload(chunk, dir);
        } catch (IOException e) {
            throw new JobFailedException(new JobFailure(JobFailure.INTERNAL, "Cannot create a chunk's work folder: " + e, true), e);
        } catch (StorageException e) {
            throw new JobFailedException(new JobFailure(JobFailure.OUTPUT_WRITE,
                    "Unable to store an encoded chunk: " + e.getMessage(), true), e);
        } finally {
            JobRunner.deleteRecursively(dir);
        }
    }

    /** Removes the task's uploaded files, when its run finished after it stopped counting. */
    void withdraw(ClaimedChunk chunk) {
        chunk.outputs().forEach(name -> store.delete(scratch(chunk, name)));
    }

    private void upload(ClaimedChunk chunk, Path dir) {
        for (String name : chunk.outputs()) {
            store.upload(dir.resolve(name), scratch(chunk, name), "application/octet-stream");
        }
    }

    private ObjectRef scratch(ClaimedChunk chunk, String name) {
        return new ObjectRef(settings.transcode().chunking().scratchBucket(), chunk.scratchPrefix() + name);
    }

    static FfmpegCommand command(ClaimedChunk chunk, Path input, Path dir) {
        List<String> arguments = chunk.arguments().stream().map(argument -> {
            if (argument.equals(ChunkTask.INPUT)) {
                return input.toString();
            }
            return argument.startsWith(ChunkTask.DIR + "/")
                    ? dir.resolve(argument.substring(ChunkTask.DIR.length() + 1)).toString() : argument;
        }).toList();
        return FfmpegCommand.builder().args(arguments.toArray(String[]::new)).build();
    }
}
