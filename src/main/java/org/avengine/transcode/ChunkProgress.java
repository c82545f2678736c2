package org.avengine.transcode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * A chunked job's node following its tasks: the job's percentage is the encoded share of its video
 * (each chunk's percentage weighted by its length), up to 95 %, the join taking the rest. A task
 * that failed for good fails the job with the task's own error code and message.
 */
final class ChunkProgress {

    private ChunkProgress() {
    }

    /** Waits until every task is done (true) or the job is no longer this node's (false). */
    static boolean await(RunningJob running, Supplier<List<ChunkState>> states, Duration poll, Instant deadline) {
        while (!running.leaseLost()) {
            List<ChunkState> now = states.get();
            running.percent(percent(now));
            for (ChunkState state : now) {
                if (state.failed()) {
                    throw new JobFailedException(JobFailure.permanent(
                            state.errorCode() == null ? JobFailure.INTERNAL : state.errorCode(),
                            name(state) + " failed after " + (state.retryCount() + 1) + " attempts: " + state.errorMessage()));
                }
            }
            if (now.stream().allMatch(ChunkState::done)) {
                return true;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new JobFailedException(JobFailure.permanent(JobFailure.INTERNAL,
                        "The job's chunks were not all encoded within its time limit"));
            }
            try {
                Thread.sleep(poll.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    static int percent(List<ChunkState> states) {
        double total = 0;
        double done = 0;
        for (ChunkState state : states) {
            if (state.index() > 0) {
                total += state.mediaSeconds();
                done += state.mediaSeconds() * (state.done() ? 100 : Math.min(99, state.percent())) / 100.0;
            }
        }
        return total <= 0 ? 0 : (int) Math.floor(95 * done / total);
    }

    private static String name(ChunkState state) {
        return state.index() == 0 ? "The audio of the job" : "Chunk " + state.index() + " of the job";
    }
}
