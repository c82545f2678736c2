package org.avengine.transcode;

import java.util.List;
import java.util.Locale;

import org.avengine.ffmpeg.MediaInfo;

/**
 * Input options that end every video packet at the input's probed end at the latest. An MP4 index
 * can claim that its last frame lasts hours (broken recorders write that, and so can anyone editing
 * the bytes); ffmpeg would carry that duration into WebM outputs, which would then claim hours, and
 * an {@code fps} filter would repeat the frame for hours. The container's duration, which ffprobe
 * reports from the edit list, is the bound; media without a known duration are left as they are.
 */
final class FrameDurations {

    private FrameDurations() {
    }

    static List<String> inputOptions(MediaInfo media) {
        Double seconds = media.durationSeconds();
        if (seconds == null || seconds <= 0 || media.video().isEmpty()) {
            return List.of();
        }
        String end = String.format(Locale.ROOT, "%.6f", seconds);
        return List.of("-bsf:v", "setts=duration=if(gt((PTS-STARTPTS+DURATION)*TB\\," + end + ")\\,max(0\\," + end
                + "/TB-(PTS-STARTPTS))\\,DURATION)");
    }
}
