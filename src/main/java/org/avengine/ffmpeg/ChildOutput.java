package org.avengine.ffmpeg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a child process's stdout or stderr on a named daemon thread, so the child never blocks on a
 * full pipe and nothing is read into an unbounded buffer: lines are cut at {@link #MAX_LINE_CHARS},
 * byte output at a caller's limit (the rest is drained and dropped).
 */
final class ChildOutput {

    static final int MAX_LINE_CHARS = 2000;

    private static final Logger log = LoggerFactory.getLogger(ChildOutput.class);

    private ChildOutput() {
    }

    /** What a byte reader kept: at most the limit, and whether there was more. */
    record Bytes(byte[] data, boolean truncated) {

        String text() {
            return new String(data, StandardCharsets.UTF_8);
        }
    }

    /** Starts a daemon thread that hands every line of {@code in} to {@code sink} until end of stream. */
    static Thread readLines(String threadName, InputStream in, Consumer<String> sink) {
        return daemon(threadName, () -> pumpLines(threadName, in, sink));
    }

    /** Reads {@code in} on a daemon thread, keeping at most {@code limit} bytes. */
    static CompletableFuture<Bytes> readBytes(String threadName, InputStream in, int limit) {
        return CompletableFuture.supplyAsync(() -> pumpBytes(in, limit), task -> daemon(threadName, task));
    }

    static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void pumpLines(String threadName, InputStream in, Consumer<String> sink) {
        try (Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = readLine(reader); line != null; line = readLine(reader)) {
                sink.accept(line);
            }
        } catch (IOException e) {
            log.debug("{} stopped reading: {}", threadName, e.getMessage());
        }
    }

    private static Bytes pumpBytes(InputStream in, int limit) {
        try (in) {
            byte[] data = in.readNBytes(limit);
            long rest = in.transferTo(OutputStream.nullOutputStream());
            return new Bytes(data, rest > 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line without its terminator ({@code \n}, {@code \r} or both), cut at the maximum; null at the end. */
    static String readLine(Reader reader) throws IOException {
        StringBuilder line = new StringBuilder();
        int c = reader.read();
        if (c == -1) {
            return null;
        }
        while (c != -1 && c != '\n' && c != '\r') {
            if (line.length() < MAX_LINE_CHARS) {
                line.append((char) c);
            }
            c = reader.read();
        }
        return line.toString();
    }
}
