package org.avengine.storage;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

/** Maps object references to files under the local store's root folder, refusing any way out of it. */
final class StoreRoot {

    private final Path root;

    StoreRoot(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path path() {
        return root;
    }

    /** The file of {@code ref}: {@code {root}/bucket/key}. */
    Path fileOf(ObjectRef ref) {
        return inside(ref.bucket() + "/" + ref.key(), ref);
    }

    /** The folder whose tree holds every key starting with {@code prefix.key()}. */
    Path folderOf(ObjectRef prefix) {
        String key = prefix.key();
        return inside(prefix.bucket() + "/" + key.substring(0, key.lastIndexOf('/') + 1), prefix);
    }

    Path bucketFolder(String bucket) {
        return root.resolve(bucket);
    }

    /** The key of a file inside {@code bucket}'s folder, with {@code /} separators. */
    String keyOf(String bucket, Path file) {
        return bucketFolder(bucket).relativize(file).toString().replace(File.separatorChar, '/');
    }

    private Path inside(String relative, ObjectRef ref) {
        Path file = root.resolve(relative).normalize();
        try {
            if (!RealPaths.isUnder(file, root)) {
                throw new StorageException("Refused " + ref + ": its file " + file
                        + " leads outside the store root " + root + " (through '..' or a symbolic link)", false);
            }
        } catch (IOException e) {
            throw new StorageException("Cannot resolve the file of " + ref + " under " + root + ": " + e, false, e);
        }
        return file;
    }
}
