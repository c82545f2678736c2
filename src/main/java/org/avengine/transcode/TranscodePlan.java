package org.avengine.transcode;

import java.util.List;

/**
 * How a job runs: the arguments of one ffmpeg invocation (after the standard prefix), which decodes
 * the input once and encodes every output, the outputs it writes, how long the media it reads
 * lasts (for progress), and the streaming (HLS, DASH, CMAF) groups among them.
 */
record TranscodePlan(List<String> arguments, List<PlannedOutput> outputs, double durationSeconds,
        List<PackagedGroup> packagedGroups) {

    TranscodePlan {
        arguments = List.copyOf(arguments);
        outputs = List.copyOf(outputs);
        packagedGroups = List.copyOf(packagedGroups);
    }
}
