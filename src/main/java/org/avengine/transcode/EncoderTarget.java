package org.avengine.transcode;

/**
 * What a video encoder needs to know besides its codec settings.
 *
 * @param frameRate the output's frame rate (GOP sizes in seconds become frames with it)
 * @param width the output picture's width (VP9 tile columns follow it)
 * @param threads the encoder threads: x264's own default of one and a half threads per core, shared among
 *        the jobs the node runs at once and rounded up, so that a job running alone is not held to a part of the node
 */
record EncoderTarget(double frameRate, int width, int threads) {

    /**
     * The threads one of {@code concurrent} jobs' encoders gets on a node with {@code cores} cores: an equal
     * share of 1.5 threads per core (frame threads keep the cores busy while one frame waits on another),
     * rounded up, at least one.
     */
    static int threads(int cores, int concurrent) {
        return Math.max(1, (3 * cores + 2 * Math.max(1, concurrent) - 1) / (2 * Math.max(1, concurrent)));
    }
}
