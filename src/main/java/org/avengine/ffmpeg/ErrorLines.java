package org.avengine.ffmpeg;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks the lines of ffmpeg's stderr that explain a failure. With {@code -loglevel level+...} (as
 * {@link FfmpegCommand#STANDARD_OPTIONS} sets) these are the lines tagged {@code [error]},
 * {@code [fatal]} or {@code [panic]}; otherwise lines that read like errors. Follow-on lines that
 * every failure produces are dropped.
 */
final class ErrorLines {

    static final int MAX = 5;
    private static final int FALLBACK = 3;

    private static final Pattern LEVEL_TAG = Pattern.compile("\\[(panic|fatal|error|warning|info|verbose|debug|trace)\\]");
    private static final Pattern ERROR_TAG = Pattern.compile("\\[(panic|fatal|error)\\]");
    private static final Pattern TAG_IN_TEXT =
            Pattern.compile(" ?\\[(panic|fatal|error|warning|info|verbose|debug|trace)\\](:?) ?");
    private static final Pattern ERROR_WORDS = Pattern.compile(
            "(?i)error|invalid|not found|failed|could not|cannot|unable|no such|denied|unsupported|not supported");
    private static final Pattern ADDRESS = Pattern.compile(" @ 0x[0-9a-fA-F]+");
    private static final List<String> FOLLOW_ON = List.of(
            "Task finished with error code", "Terminating thread with return code", "Conversion failed!",
            "Error sending frames to consumers", "Could not open encoder before EOF",
            "Nothing was written into output file", "Error opening output files", "Error opening input files");

    private ErrorLines() {
    }

    static List<String> of(List<String> stderr) {
        boolean leveled = stderr.stream().anyMatch(line -> LEVEL_TAG.matcher(line).find());
        Pattern wanted = leveled ? ERROR_TAG : ERROR_WORDS;
        Set<String> picked = new LinkedHashSet<>();
        for (String line : stderr) {
            if (wanted.matcher(line).find() && FOLLOW_ON.stream().noneMatch(line::contains)) {
                picked.add(clean(line));
            }
        }
        if (picked.isEmpty()) {
            stderr.subList(Math.max(0, stderr.size() - FALLBACK), stderr.size()).forEach(line -> picked.add(clean(line)));
        }
        List<String> lines = List.copyOf(picked);
        return lines.subList(Math.max(0, lines.size() - MAX), lines.size());
    }

    /** Drops memory addresses and the level tag: {@code x264 [error]: bad} becomes {@code x264: bad}. */
    private static String clean(String line) {
        String withoutAddresses = ADDRESS.matcher(line).replaceAll("");
        return TAG_IN_TEXT.matcher(withoutAddresses).replaceFirst("$2 ").replaceAll("\\s{2,}", " ").trim();
    }
}
