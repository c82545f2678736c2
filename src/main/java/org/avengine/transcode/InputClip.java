package org.avengine.transcode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.avengine.ffmpeg.MediaInfo;
import org.avengine.ffmpeg.StreamInfo;

import software.amazon.awssdk.services.mediaconvert.model.Input;
import software.amazon.awssdk.services.mediaconvert.model.InputClipping;

/**
 * The part of the input a job reads: all of it, or one {@code inputClippings} entry. Timecodes are
 * {@code HH:MM:SS:FF} counted from the start of the file, with frames at the input's frame rate.
 */
record InputClip(Double startSeconds, Double endSeconds, double durationSeconds) {

    static final Pattern TIMECODE = Pattern.compile("(\\d{2}):(\\d{2}):(\\d{2})[:;](\\d{2})");

    static InputClip of(Input input, MediaInfo media) {
        double total = media.durationSeconds() == null ? 0 : media.durationSeconds();
        if (!input.hasInputClippings() || input.inputClippings().isEmpty()) {
            return new InputClip(null, null, total);
        }
        InputClipping clipping = input.inputClippings().get(0);
        double fps = media.video().map(StreamInfo::frameRate).filter(r -> r != null && r > 0).orElse(25.0);
        Double start = seconds(clipping.startTimecode(), fps);
        Double end = seconds(clipping.endTimecode(), fps);
        double from = start == null ? 0 : start;
        double to = end == null ? total : Math.min(end, total > 0 ? total : end);
        if (to <= from) {
            throw new PlanningException("settings.inputs[0].inputClippings[0]: the clip ends before it starts or after the input ends"
                    + " (input lasts " + total + " s)");
        }
        return new InputClip(start, end, to - from);
    }

    List<String> inputOptions() {
        List<String> options = new ArrayList<>();
        if (startSeconds != null && startSeconds > 0) {
            options.addAll(List.of("-ss", String.format(java.util.Locale.ROOT, "%.3f", startSeconds)));
        }
        if (endSeconds != null) {
            options.addAll(List.of("-t", String.format(java.util.Locale.ROOT, "%.3f", durationSeconds)));
        }
        return options;
    }

    static Double seconds(String timecode, double fps) {
        if (timecode == null || timecode.isBlank()) {
            return null;
        }
        Matcher m = TIMECODE.matcher(timecode);
        if (!m.matches()) {
            throw new PlanningException("Timecode " + timecode + " is not HH:MM:SS:FF");
        }
        return Integer.parseInt(m.group(1)) * 3600.0 + Integer.parseInt(m.group(2)) * 60.0
                + Integer.parseInt(m.group(3)) + Integer.parseInt(m.group(4)) / fps;
    }
}
