package org.avengine.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The folders under which {@code file://} locations are allowed, checked after resolving symbolic links. */
final class FileRoots {

    static final String SETTING = "avengine.storage.inputs.file-roots";

    private final List<Path> roots;

    FileRoots(List<Path> roots) {
        this.roots = roots.stream().map(r -> r.toAbsolutePath().normalize()).toList();
    }

    /**
     * The real path of {@code path} (links of its existing part resolved) when that lies under a root.
     *
     * @throws LocationNotAllowedException when no root contains it, naming the setting that would allow it
     */
    Path check(Path path, String location) {
        if (roots.isEmpty()) {
            throw new LocationNotAllowedException("Refused " + location + ": file locations are turned off; list"
                    + " the folder in " + SETTING + " to allow it");
        }
        Path real = resolve(path, location);
        for (Path root : roots) {
            if (real.startsWith(resolve(root, location))) {
                return real;
            }
        }
        String resolved = real.equals(path.toAbsolutePath().normalize()) ? "" : " (it resolves to " + real + ")";
        throw new LocationNotAllowedException("Refused " + location + ": " + path + resolved
                + " is not under any folder of " + SETTING + " " + roots);
    }

    private static Path resolve(Path path, String location) {
        try {
            return RealPaths.resolve(path);
        } catch (IOException e) {
            throw new StorageException("Cannot resolve the path of " + location + ": " + e, false, e);
        }
    }
}
