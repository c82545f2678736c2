package org.avengine.ffmpeg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs ffprobe on one file within a time limit and reads its JSON. */
final class MediaProbe {

    private static final Logger log = LoggerFactory.getLogger(MediaProbe.class);

    private static final Pattern NOT_ALLOWED = Pattern.compile("\\[(\\w+) @ [^]]*] Format not on whitelist");

    private final FfmpegBinaries binaries;
    private final Duration timeout;

    MediaProbe(FfmpegBinaries binaries, Duration timeout) {
        this.binaries = binaries;
        this.timeout = timeout;
    }

    MediaInfo probe(Path file) {
        Path absolute = file.toAbsolutePath();
        List<String> arguments = new ArrayList<>(List.of("-hide_banner", "-v", "error"));
        arguments.addAll(InputFormats.PROBE_OPTIONS);
        arguments.addAll(List.of("-print_format", "json", "-show_format", "-show_streams", absolute.toString()));
        log.debug("Probing {}", absolute);
        ProcessCapture.Captured captured = ProcessCapture.run(binaries.ffprobe(), arguments, timeout);
        if (captured.timedOut()) {
            throw new MediaUnreadableException(file, "ffprobe did not finish within " + timeout);
        }
        if (captured.exitCode() != 0) {
            Optional<String> missingLibrary = MissingLibrary.explain("ffprobe", captured.stderr());
            if (missingLibrary.isPresent()) {
                throw new FfmpegUnavailableException(missingLibrary.get());
            }
            refusedFormat(captured.stderr()).ifPresent(format -> {
                throw new UnsupportedFormatException(file, format);
            });
            throw new MediaUnreadableException(file, ffprobeMessage(captured, absolute));
        }
        if (captured.stdoutTruncated()) {
            throw new MediaUnreadableException(file, "ffprobe's description is larger than "
                    + ProcessCapture.MAX_STDOUT_BYTES + " bytes");
        }
        MediaInfo info = ProbeParser.parse(captured.stdout(), sizeOf(absolute));
        if (info.streams().isEmpty()) {
            throw new MediaUnreadableException(file, "ffprobe found no audio or video streams");
        }
        return info;
    }

    /** ffprobe's error lines, naming the file by its name only (its folder is this node's business). */
    private static String ffprobeMessage(ProcessCapture.Captured captured, Path absolute) {
        List<String> lines = ErrorLines.of(captured.stderr());
        String message = lines.isEmpty() ? "ffprobe exited with code " + captured.exitCode() : String.join("; ", lines);
        return message.replace(absolute.toString(), String.valueOf(absolute.getFileName()));
    }

    /** The demuxer ffprobe found but was not allowed to use: {@code [hls @ 0x...] Format not on whitelist}. */
    private static Optional<String> refusedFormat(List<String> stderr) {
        return stderr.stream().map(NOT_ALLOWED::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
