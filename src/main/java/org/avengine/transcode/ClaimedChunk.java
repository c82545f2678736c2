package org.avengine.transcode;

import java.util.List;

/**
 * A chunk task this node claimed, with what it needs to run it anywhere.
 *
 * @param seq the task's row
 * @param jobLease the job attempt it belongs to
 * @param inputLocation the job's input, as the job names it
 * @param leaseToken this node's claim on the task
 */
record ClaimedChunk(long seq, String jobId, String jobLease, int index, String inputLocation, List<String> arguments,
        List<String> outputs, double mediaSeconds, int retryCount, String leaseToken) {

    ClaimedChunk {
        arguments = List.copyOf(arguments);
        outputs = List.copyOf(outputs);
    }

    /** Where the task's files are kept, in the scratch bucket, until the job joins them. */
    String scratchPrefix() {
        return ChunkTask.scratchPrefix(jobId, jobLease);
    }
}
