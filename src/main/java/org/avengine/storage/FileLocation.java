package org.avengine.storage;

import java.nio.file.Path;

/** A file under one of {@code avengine.storage.inputs.file-roots}, written {@code file:///absolute/path}. */
public record FileLocation(Path path) implements Location {

    public FileLocation {
        if (path == null || !path.isAbsolute()) {
            throw new IllegalArgumentException("A file location needs an absolute path, not " + path);
        }
        path = path.normalize();
    }
}
