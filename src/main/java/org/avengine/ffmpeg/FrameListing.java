package org.avengine.ffmpeg;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Lists the frames of a file's first video stream with ffprobe, from its packets (nothing is decoded). */
final class FrameListing {

    private final FfmpegBinaries binaries;
    private final Duration timeout;

    FrameListing(FfmpegBinaries binaries, Duration timeout) {
        this.binaries = binaries;
        this.timeout = timeout;
    }

    /** The frames, or an empty list when the file has no video or packets without presentation times. */
    VideoFrames list(Path file) {
        Path absolute = file.toAbsolutePath();
        List<String> arguments = new ArrayList<>(List.of("-hide_banner", "-v", "error"));
        arguments.addAll(InputFormats.PROBE_OPTIONS);
        arguments.addAll(List.of("-select_streams", "v:0", "-show_entries", "packet=pts_time,flags:format=start_time",
                "-of", "csv=p=0", absolute.toString()));
        ProcessCapture.Captured captured = ProcessCapture.run(binaries.ffprobe(), arguments, timeout);
        if (captured.timedOut() || captured.exitCode() != 0 || captured.stdoutTruncated()) {
            throw new MediaUnreadableException(file, "ffprobe could not list the video frames: "
                    + (captured.timedOut() ? "it took longer than " + timeout : String.join("; ", ErrorLines.of(captured.stderr()))));
        }
        return parse(captured.stdout());
    }

    /** Parses lines {@code pts_time,flags} (one per packet) and one line {@code start_time}. */
    static VideoFrames parse(String csv) {
        record Frame(double time, boolean key) {
        }
        List<Frame> frames = new ArrayList<>();
        double start = 0;
        for (String line : csv.split("\n")) {
            String[] fields = line.strip().split(",");
            if (fields.length == 1 && !fields[0].isEmpty() && !fields[0].equals("N/A")) {
                start = Double.parseDouble(fields[0]);
            } else if (fields.length >= 2) {
                if (fields[0].equals("N/A")) {
                    return new VideoFrames(List.of(), List.of());
                }
                frames.add(new Frame(Double.parseDouble(fields[0]), fields[1].startsWith("K")));
            }
        }
        frames.sort(Comparator.comparingDouble(Frame::time));
        double zero = start;
        return new VideoFrames(frames.stream().map(f -> f.time() - zero).toList(),
                frames.stream().map(Frame::key).toList());
    }
}
