package org.avengine.transcode;

import java.util.List;

/**
 * One task of a chunked job: a video chunk, or the job's audio. Its ffmpeg arguments name the input
 * {@value #INPUT} and its files {@value #DIR}{@code /name}; the node that runs it puts its own input
 * file and work folder there.
 *
 * @param index 0 for the audio, 1, 2 … for the video chunks in order
 * @param mediaSeconds how much media it encodes (for progress)
 * @param arguments the ffmpeg arguments, after the standard prefix
 * @param outputs the names of the files it writes into {@value #DIR}
 */
record ChunkTask(int index, Kind kind, double mediaSeconds, List<String> arguments, List<String> outputs) {

    static final String INPUT = "{input}";
    static final String DIR = "{dir}";

    /** What a task encodes. */
    enum Kind {
        /** Every video output's pictures over one stretch of the input. */
        VIDEO,
        /** Every output's audio over the whole input, once. */
        AUDIO
    }

    ChunkTask {
        arguments = List.copyOf(arguments);
        outputs = List.copyOf(outputs);
    }

    /** Where a job's chunk files are kept in the scratch bucket: one folder per job, one below it per attempt. */
    static String scratchPrefix(String jobId, String jobLease) {
        return "chunks/" + jobId + "/" + (jobLease == null ? "" : jobLease.substring(0, 8) + "/");
    }

    static String file(String name) {
        return DIR + "/" + name;
    }
}
