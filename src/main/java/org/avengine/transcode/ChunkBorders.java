package org.avengine.transcode;

import java.util.ArrayList;
import java.util.List;

import org.avengine.ffmpeg.VideoFrames;

/**
 * Where a video is cut into chunks. Borders fall on frames: every frame belongs to exactly one
 * chunk, and each chunk's encoder starts with a keyframe of its own, so the joined chunks need no
 * re-encoding. A border goes on the input's own keyframe nearest to each multiple of the chunk
 * length when one is within a quarter of it (then the chunk's decoder starts right there); with
 * HLS outputs the chunk length is a multiple of the segment length and borders go on the first frame
 * of a segment, so segments are cut as a single encode would cut them.
 */
final class ChunkBorders {

    private static final double EPSILON = 1e-6;

    /**
     * One chunk.
     *
     * @param firstFrame index of its first frame
     * @param frames how many frames it holds
     * @param start its first frame's time, seconds from the start of the input
     * @param seek where the input is seeked to: half a frame before {@code start} (0 for the first chunk)
     * @param duration seconds of media until the next chunk (or the input's end)
     */
    record Chunk(int firstFrame, int frames, double start, double seek, double duration) {
    }

    private ChunkBorders() {
    }

    /** The chunk length actually used: a whole number of {@code segmentSeconds} when that is positive. */
    static double chunkSeconds(double wanted, double segmentSeconds) {
        return segmentSeconds > 0 ? Math.max(1, Math.round(wanted / segmentSeconds)) * segmentSeconds : wanted;
    }

    static List<Chunk> split(VideoFrames frames, double chunkSeconds, double segmentSeconds, double totalSeconds) {
        List<Double> times = frames.times();
        List<Integer> starts = new ArrayList<>(List.of(0));
        double last = times.get(times.size() - 1);
        for (double t = chunkSeconds; t < last - chunkSeconds / 2; t += chunkSeconds) {
            int border = segmentSeconds > 0 ? firstAtOrAfter(times, t) : nearKeyframe(frames, t, chunkSeconds / 4);
            if (border > starts.get(starts.size() - 1)) {
                starts.add(border);
            }
        }
        List<Chunk> chunks = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int first = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1) : times.size();
            double start = times.get(first);
            double until = end < times.size() ? times.get(end) : Math.max(totalSeconds, last);
            double seek = first == 0 ? 0 : (times.get(first - 1) + start) / 2;
            chunks.add(new Chunk(first, end - first, start, seek, until - start));
        }
        return chunks;
    }

    private static int nearKeyframe(VideoFrames frames, double t, double tolerance) {
        int best = -1;
        for (int i = 0; i < frames.count(); i++) {
            double distance = Math.abs(frames.times().get(i) - t);
            if (frames.keyframes().get(i) && distance <= tolerance
                    && (best < 0 || distance < Math.abs(frames.times().get(best) - t))) {
                best = i;
            }
        }
        return best >= 0 ? best : firstAtOrAfter(frames.times(), t);
    }

    private static int firstAtOrAfter(List<Double> times, double t) {
        for (int i = 0; i < times.size(); i++) {
            if (times.get(i) >= t - EPSILON) {
                return i;
            }
        }
        return times.size() - 1;
    }
}
