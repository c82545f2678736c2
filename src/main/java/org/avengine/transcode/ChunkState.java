package org.avengine.transcode;

/**
 * How far one task of a chunked job has got, as its job's coordinator reads it.
 *
 * @param status QUEUED, RUNNING, DONE, FAILED (retries used up) or ABANDONED (its job attempt ended)
 * @param errorCode the MediaConvert-style code of its last failure, or null
 */
record ChunkState(int index, String status, int percent, double mediaSeconds, int retryCount, Integer errorCode,
        String errorMessage) {

    boolean done() {
        return "DONE".equals(status);
    }

    boolean failed() {
        return "FAILED".equals(status);
    }
}
