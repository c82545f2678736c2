package org.avengine.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Walks the local store's folders to list objects by key prefix and to prune emptied folders. */
final class LocalListing {

    private static final Logger log = LoggerFactory.getLogger(LocalListing.class);

    private final StoreRoot root;

    LocalListing(StoreRoot root) {
        this.root = root;
    }

    /** Regular files (not links, not unfinished writes) whose key starts with the prefix, in key order. */
    List<ObjectInfo> list(ObjectRef prefix, BiFunction<ObjectRef, BasicFileAttributes, ObjectInfo> info) {
        Path folder = root.folderOf(prefix);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && !AtomicFiles.isTemporary(f))
                    .map(f -> new Entry(new ObjectRef(prefix.bucket(), root.keyOf(prefix.bucket(), f)), f))
                    .filter(e -> e.ref().key().startsWith(prefix.key()))
                    .sorted(Comparator.comparing(e -> e.ref().key()))
                    .flatMap(e -> attributes(e.file()).map(a -> info.apply(e.ref(), a)).stream())
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new StorageException("Cannot list " + prefix + " in the local store at " + root.path() + ": " + e,
                    false, e);
        }
    }

    /** Removes the empty folders whose keys start with the prefix, deepest first. */
    void removeEmptyFolders(ObjectRef prefix) {
        Path folder = root.folderOf(prefix);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            List<Path> folders = paths.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> (root.keyOf(prefix.bucket(), p) + "/").startsWith(prefix.key()))
                    .sorted(Comparator.comparing(Path::getNameCount).reversed())
                    .toList();
            for (Path f : folders) {
                removeIfEmpty(f);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new StorageException("Cannot remove the folders of " + prefix + " under " + root.path() + ": " + e,
                    false, e);
        }
    }

    private static void removeIfEmpty(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            if (children.findAny().isPresent()) {
                return;
            }
        }
        try {
            Files.delete(folder);
        } catch (DirectoryNotEmptyException e) {
            log.debug("Keeping {}: a file was written into it while its prefix was being deleted", folder);
        }
    }

    /** The file's attributes, or empty when it was deleted after the walk saw it (it is then not listed). */
    private static Optional<BasicFileAttributes> attributes(Path file) {
        try {
            return Optional.of(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (NoSuchFileException e) {
            log.debug("{} was deleted while listing", file);
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Entry(ObjectRef ref, Path file) {
    }
}
