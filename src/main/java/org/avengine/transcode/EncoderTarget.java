package org.avengine.transcode;

/**
 * What a video encoder needs to know besides its codec settings.
 *
 * @param frameRate the output's frame rate (GOP sizes in seconds become frames with it)
 * @param width the output picture's width (VP9 tile columns follow it)
 * @param threads the encoder threads: the node's cores shared among the encodes it runs at once
 */
record EncoderTarget(double frameRate, int width, int threads) {

    /** The threads one of {@code concurrent} encodes gets on a node with {@code cores} cores: an equal share, at least one. */
    static int threads(int cores, int concurrent) {
        return Math.max(1, cores / Math.max(1, concurrent));
    }
}
