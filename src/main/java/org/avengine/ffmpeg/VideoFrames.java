package org.avengine.ffmpeg;

import java.util.List;

/**
 * When the frames of a file's first video stream are shown, read from its packets without decoding
 * (ffprobe {@code -show_entries packet=pts_time,flags}): what chunked encoding splits by.
 *
 * @param times every frame's presentation time in seconds from the start of the file (the file's
 *     {@code start_time} is time 0), in presentation order
 * @param keyframes for each frame of {@code times}, whether it is a keyframe
 */
public record VideoFrames(List<Double> times, List<Boolean> keyframes) {

    public VideoFrames {
        times = List.copyOf(times);
        keyframes = List.copyOf(keyframes);
        if (times.size() != keyframes.size()) {
            throw new IllegalArgumentException("One keyframe flag per frame time");
        }
    }

    public int count() {
        return times.size();
    }
}
