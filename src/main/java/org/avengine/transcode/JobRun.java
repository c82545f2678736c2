package org.avengine.transcode;

import java.util.List;

/**
 * What a job's latest ffmpeg run showed.
 *
 * @param command the ffmpeg command line, shell-quoted, ready to paste into a terminal
 * @param speed the latest encoding speed as a multiple of real time; null before ffmpeg reported one
 * @param stderrTail the last lines ffmpeg wrote to stderr, once it ended; empty while it runs
 */
public record JobRun(String command, Double speed, List<String> stderrTail) {

    public JobRun {
        stderrTail = List.copyOf(stderrTail);
    }
}
