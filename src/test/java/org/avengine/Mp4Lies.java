package org.avengine;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites an MP4's index so that it claims far more time than its samples hold: the movie, track and
 * media header durations, the edit list, and the duration of the first track's last sample. Works on
 * files whose {@code moov} comes after {@code mdat} (ffmpeg's default), so sample offsets stay valid.
 */
final class Mp4Lies {

    private Mp4Lies() {
    }

    static byte[] claimHours(byte[] mp4, int seconds) {
        ByteBuffer in = ByteBuffer.wrap(mp4);
        int moov = find(in, 0, mp4.length, "moov");
        if (find(in, 0, mp4.length, "mdat") > moov) {
            throw new IllegalArgumentException("moov must follow mdat");
        }
        List<Integer> parents = new ArrayList<>(List.of(moov));
        int box = moov;
        for (String name : List.of("trak", "mdia", "minf", "stbl")) {
            box = find(in, box + 8, box + in.getInt(box), name);
            parents.add(box);
        }
        patchHeaders(in, moov, seconds);
        int stts = find(in, box + 8, box + in.getInt(box), "stts");
        return withLongLastSample(mp4, stts, parents, seconds);
    }

    /** mvhd, tkhd, mdhd (version 0) and elst durations, each in its own timescale. */
    private static void patchHeaders(ByteBuffer in, int moov, int seconds) {
        int end = moov + in.getInt(moov);
        int mvhd = find(in, moov + 8, end, "mvhd");
        int movieScale = in.getInt(mvhd + 20);
        in.putInt(mvhd + 24, movieScale * seconds);
        for (int trak = find(in, moov + 8, end, "trak"); trak >= 0; trak = find(in, trak + in.getInt(trak), end, "trak")) {
            int trakEnd = trak + in.getInt(trak);
            in.putInt(find(in, trak + 8, trakEnd, "tkhd") + 28, movieScale * seconds);
            int edts = find(in, trak + 8, trakEnd, "edts");
            if (edts >= 0) {
                in.putInt(find(in, edts + 8, edts + in.getInt(edts), "elst") + 16, movieScale * seconds);
            }
            int mdia = find(in, trak + 8, trakEnd, "mdia");
            int mdhd = find(in, mdia + 8, mdia + in.getInt(mdia), "mdhd");
            in.putInt(mdhd + 24, in.getInt(mdhd + 20) * seconds);
        }
    }

    /** Splits the last stts entry so that the final sample lasts {@code seconds} (in the media timescale). */
    private static byte[] withLongLastSample(byte[] mp4, int stts, List<Integer> parents, int seconds) {
        ByteBuffer in = ByteBuffer.wrap(mp4);
        int mdhd = find(in, parents.get(2) + 8, parents.get(2) + in.getInt(parents.get(2)), "mdhd");
        int timescale = in.getInt(mdhd + 20);
        int entries = in.getInt(stts + 12);
        int last = stts + 16 + 8 * (entries - 1);
        ByteBuffer out = ByteBuffer.allocate(mp4.length + 8);
        out.put(mp4, 0, last);
        out.putInt(in.getInt(last) - 1).putInt(in.getInt(last + 4)).putInt(1).putInt(timescale * seconds);
        out.put(mp4, last + 8, mp4.length - last - 8);
        for (int parent : parents) {
            out.putInt(parent, in.getInt(parent) + 8);
        }
        out.putInt(stts, in.getInt(stts) + 8).putInt(stts + 12, entries + 1);
        return out.array();
    }

    private static int find(ByteBuffer in, int from, int to, String type) {
        for (int at = from; at + 8 <= to; at += in.getInt(at)) {
            if (type.equals(new String(in.array(), at + 4, 4, java.nio.charset.StandardCharsets.US_ASCII))) {
                return at;
            }
            if (in.getInt(at) < 8) {
                break;
            }
        }
        return -1;
    }
}
