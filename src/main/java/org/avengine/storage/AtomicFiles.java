package org.avengine.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/** Writes files so that readers see the old file or the complete new one, never a part. */
final class AtomicFiles {

    /** Names of unfinished files start with this; stores skip them when listing. */
    static final String TEMP_PREFIX = ".avengine-";

    private AtomicFiles() {
    }

    /** Something that writes a not-yet-existing file. */
    @FunctionalInterface
    interface Writer {
        void writeTo(Path temp) throws IOException;
    }

    /**
     * Creates {@code target}'s folders, lets {@code writer} fill a fresh temporary sibling of
     * {@code target}, then renames it over {@code target} atomically. The temporary file is removed
     * when anything fails.
     */
    static void write(Path target, Writer writer) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = parent.resolve(TEMP_PREFIX + UUID.randomUUID() + ".part");
        try {
            writer.writeTo(temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            deleteAfterFailure(temp, e);
            throw e;
        }
    }

    static boolean isTemporary(Path file) {
        return file.getFileName().toString().startsWith(TEMP_PREFIX);
    }

    private static void deleteAfterFailure(Path temp, Exception failure) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
