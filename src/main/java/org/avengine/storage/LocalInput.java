package org.avengine.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An input ready to be read from this machine's disk; closing it deletes the file when it is a
 * temporary copy, and leaves it alone when it is the stored file itself.
 *
 * @param path the file to read
 * @param temporary whether the file is a copy made for this job
 */
public record LocalInput(Path path, boolean temporary) implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalInput.class);

    @Override
    public void close() {
        if (!temporary) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Not fatal to the job that used the input; the work folder's own cleanup removes it later.
            log.warn("Could not delete the temporary input {}", path, e);
        }
    }
}
