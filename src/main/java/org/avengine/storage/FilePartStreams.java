package org.avengine.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import software.amazon.awssdk.http.ContentStreamProvider;

/**
 * One part of a file as a request body the SDK can read again on a retry: each call opens a fresh
 * stream at the part's start and closes the previous one (the SDK closes the last).
 */
final class FilePartStreams implements ContentStreamProvider {

    private final Path file;
    private final long offset;
    private final long length;
    private InputStream current;

    FilePartStreams(Path file, long offset, long length) {
        this.file = file;
        this.offset = offset;
        this.length = length;
    }

    @Override
    public InputStream newStream() {
        try {
            if (current != null) {
                current.close();
            }
            InputStream in = Files.newInputStream(file);
            current = new RangeInputStream(in, length);
            in.skipNBytes(offset);
            return current;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + length + " bytes at " + offset + " of " + file, e);
        }
    }
}
