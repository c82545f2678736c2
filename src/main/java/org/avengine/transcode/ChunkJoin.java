package org.avengine.transcode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.avengine.ffmpeg.Ffmpeg;
import org.avengine.ffmpeg.FfmpegCommand;
import org.avengine.ffmpeg.FfmpegResult;
import org.avengine.ffmpeg.FfmpegRun;
import org.avengine.storage.ObjectRef;
import org.avengine.storage.ObjectStore;
import org.springframework.stereotype.Component;

/**
 * The last step of a chunked job, on the job's node: fetch every task's files from the scratch
 * bucket into the job's work folder, write the concat lists and run the joins ({@link ChunkJoins}),
 * which write the job's outputs by stream copy.
 */
@Component
class ChunkJoin {

    private final Ffmpeg ffmpeg;
    private final ObjectStore store;
    private final TranscodeProperties.Chunking config;

    ChunkJoin(Ffmpeg ffmpeg, ObjectStore store, TranscodeProperties properties) {
        this.ffmpeg = ffmpeg;
        this.store = store;
        this.config = properties.chunking();
    }

    TranscodeProperties.Chunking config() {
        return config;
    }

    /** Joins the chunks into the plan's outputs; false when the job stopped being this node's meanwhile. */
    boolean run(RunningJob running, TranscodePlan plan, ChunkedEncoding.Split split, ChunkedEncoding.Source source,
            Instant deadline) {
        Path dir = source.workDir().resolve("chunks");
        var request = running.job().request();
        ChunkJoins joins = new ChunkJoins(plan, request.settings().outputGroups(), dir, split.videoOffset(),
                ContainerTags.from(request.userMetadata()));
        try {
            Files.createDirectories(dir);
            fetch(running, split, dir);
            for (PlannedOutput output : plan.outputs()) {
                if (output.spec().hasVideo()) {
                    Files.writeString(joins.listFile(output), ChunkJoins.listOf(output, split.videoChunks()));
                }
            }
        } catch (IOException e) {
            throw new JobFailedException(new JobFailure(JobFailure.INTERNAL, "Cannot write the chunk lists: " + e, true), e);
        }
        for (List<String> arguments : joins.commands()) {
            if (running.leaseLost()) {
                return false;
            }
            Duration left = Duration.between(Instant.now(), deadline);
            FfmpegRun run = ffmpeg.start(FfmpegCommand.builder().args(arguments.toArray(String[]::new)).build(),
                    left.isNegative() ? Duration.ofSeconds(1) : left, progress -> { });
            running.attach(run);
            FfmpegResult result = run.await();
            if (running.leaseLost()) {
                return false;
            }
            if (!result.succeeded()) {
                throw new JobFailedException(FfmpegFailures.of(result, "the job's time limit"));
            }
        }
        return true;
    }

    private void fetch(RunningJob running, ChunkedEncoding.Split split, Path dir) {
        String prefix = ChunkTask.scratchPrefix(running.job().id().value(), running.leaseToken());
        for (ChunkTask task : split.tasks()) {
            for (String name : task.outputs()) {
                store.download(new ObjectRef(config.scratchBucket(), prefix + name), dir.resolve(name));
            }
        }
    }
}
