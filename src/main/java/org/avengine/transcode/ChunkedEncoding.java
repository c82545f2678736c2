package org.avengine.transcode;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.avengine.ffmpeg.Ffmpeg;
import org.avengine.ffmpeg.MediaInfo;
import org.avengine.ffmpeg.MediaUnreadableException;
import org.avengine.ffmpeg.VideoFrames;
import org.avengine.storage.ObjectRef;
import org.avengine.storage.ObjectStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Chunked encoding of a long video, a deliberate exception to one ffmpeg process per job: the job's
 * node splits the video at frame borders ({@link ChunkBorders}) into tasks that any node's
 * {@link ChunkWorker} claims ({@link ChunkPlanner}: one per chunk, one for all audio), follows them
 * (progress is the encoded share of the chunks; a failed chunk is retried alone; a chunk that has
 * used its retries fails the job), then joins them without re-encoding ({@link ChunkJoin}) into the
 * files the single-process plan would have written, which are published as usual. Cancel or a lost
 * lease ends the attempt: its chunks stop being claimed or heart-beaten, and their files are removed.
 */
@Component
class ChunkedEncoding {

    private static final Logger log = LoggerFactory.getLogger(ChunkedEncoding.class);

    private final Ffmpeg ffmpeg;
    private final ChunkRepository chunks;
    private final ObjectStore store;
    private final ChunkJoin join;

    ChunkedEncoding(Ffmpeg ffmpeg, ChunkRepository chunks, ObjectStore store, ChunkJoin join) {
        this.ffmpeg = ffmpeg;
        this.chunks = chunks;
        this.store = store;
        this.join = join;
    }

    /** The job's input on this node, what it holds, and the job's work folder. */
    record Source(Path file, String location, MediaInfo media, Path workDir) {
    }

    /** A job split into tasks. */
    record Split(List<ChunkTask> tasks, int videoChunks, double videoOffset) {
    }

    /** The job's tasks when it is to be chunked (see {@link ChunkEligibility}), else empty. */
    Optional<Split> split(Job job, TranscodePlan plan, Source source) {
        TranscodeProperties.Chunking config = join.config();
        if (!ChunkEligibility.applies(job, plan, source.media(), config)) {
            return Optional.empty();
        }
        VideoFrames frames = frames(source);
        if (frames.count() < 2) {
            return Optional.empty();
        }
        double segment = plan.packagedGroups().stream().mapToDouble(g -> g.spec().segmentSeconds()).max().orElse(0);
        double length = ChunkBorders.chunkSeconds(config.chunkDuration().toMillis() / 1000.0, segment);
        var borders = ChunkBorders.split(frames, length, segment, plan.durationSeconds());
        int threads = EncoderTarget.threads(Runtime.getRuntime().availableProcessors(), config.concurrency());
        var planner = new ChunkPlanner(plan, source.media(), job.request().settings().inputs().get(0), threads);
        log.info("Job {} is encoded in {} chunks of about {} s", job.id(), borders.size(), length);
        return Optional.of(new Split(planner.tasks(borders), borders.size(), frames.times().get(0)));
    }

    /** Runs the tasks and joins them into the plan's outputs; the plan, or null when the job is no longer this node's. */
    TranscodePlan encode(RunningJob running, TranscodePlan plan, Source source, Split split, Duration limit) {
        JobId id = running.job().id();
        String lease = running.leaseToken();
        ObjectRef scratch = new ObjectRef(join.config().scratchBucket(), ChunkTask.scratchPrefix(id.value(), null));
        chunks.abandon(id, lease);
        store.deletePrefix(scratch);
        chunks.insert(id, lease, source.location(), split.tasks(), Instant.now());
        Instant deadline = Instant.now().plus(limit);
        try {
            if (!ChunkProgress.await(running, () -> chunks.states(id, lease), join.config().pollInterval(), deadline)) {
                return null;
            }
            return join.run(running, plan, split, source, deadline) ? plan : null;
        } finally {
            chunks.abandon(id, null);
            store.deletePrefix(scratch);
        }
    }

    private VideoFrames frames(Source source) {
        try {
            return ffmpeg.videoFrames(source.file());
        } catch (MediaUnreadableException e) {
            throw new JobFailedException(JobFailure.permanent(JobFailure.INPUT_UNREADABLE,
                    "Unable to read the frames of input file [" + source.location() + "]: " + e.getMessage()), e);
        }
    }
}
