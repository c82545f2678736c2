package org.avengine.transcode;

import java.util.List;

import org.avengine.ffmpeg.MediaInfo;

/**
 * Input options that give a video packet lasting more than ten seconds and a hundred times its
 * predecessor the predecessor's duration. An MP4 index can claim that its last frame lasts hours
 * (broken recorders write that, and so can anyone editing the bytes, headers included); ffmpeg would
 * carry that duration into the outputs, which would then claim hours, and an {@code fps} filter
 * would repeat the frame for hours. Variable frame rates and a still picture that is the whole video
 * (its first and only frame) are left as they are.
 */
final class FrameDurations {

    static final String BSF = "setts=duration=if(gt(DURATION*TB\\,10)*gt(DURATION\\,100*PREV_INDURATION)"
            + "*gt(PREV_INDURATION\\,0)\\,PREV_INDURATION\\,DURATION)";

    private FrameDurations() {
    }

    static List<String> inputOptions(MediaInfo media) {
        return media.video().isEmpty() ? List.of() : List.of("-bsf:v", BSF);
    }
}
