package org.avengine.ffmpeg;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The last lines a process wrote to stderr, bounded both in lines and in UTF-8 bytes, so that a
 * chatty or runaway ffmpeg never grows memory. Blank lines are skipped. Thread-safe.
 */
final class StderrTail {

    private final int maxLines;
    private final int maxBytes;
    private final Deque<String> lines = new ArrayDeque<>();
    private final Deque<Integer> sizes = new ArrayDeque<>();
    private int bytes;

    StderrTail(int maxLines, int maxBytes) {
        this.maxLines = maxLines;
        this.maxBytes = maxBytes;
    }

    /** A tail of {@code maxLines} lines, at most 1 KiB each on average. */
    static StderrTail ofLines(int maxLines) {
        return new StderrTail(maxLines, maxLines * 1024);
    }

    synchronized void add(String line) {
        if (line.isBlank()) {
            return;
        }
        int size = line.getBytes(StandardCharsets.UTF_8).length;
        lines.addLast(line);
        sizes.addLast(size);
        bytes += size;
        while (lines.size() > maxLines || (bytes > maxBytes && lines.size() > 1)) {
            lines.removeFirst();
            bytes -= sizes.removeFirst();
        }
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }
}
