package org.avengine.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resolves where a path really leads, following symbolic links of the part that exists. */
final class RealPaths {

    private RealPaths() {
    }

    /**
     * The absolute, normalised form of {@code path} with every symbolic link in its longest existing
     * ancestor resolved; the part that does not exist yet is appended as written.
     */
    static Path resolve(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    }

    /** Whether {@code path}, links resolved, lies under {@code root}, links resolved. */
    static boolean isUnder(Path path, Path root) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path absoluteRoot = root.toAbsolutePath().normalize();
        return absolute.startsWith(absoluteRoot) && resolve(absolute).startsWith(resolve(absoluteRoot));
    }
}
