package org.avengine.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The object store as a folder: {@code s3://bucket/key} is the file {@code {root}/bucket/key}.
 * Writes go to a temporary sibling first and are renamed into place atomically; no path may lead
 * outside the root. Content types are derived from file names.
 */
public class LocalObjectStore implements ObjectStore {

    private static final Logger log = LoggerFactory.getLogger(LocalObjectStore.class);

    private final StoreRoot root;
    private final LocalListing listing;

    public LocalObjectStore(Path root) {
        this.root = new StoreRoot(root);
        this.listing = new LocalListing(this.root);
        log.info("Local object store at {}", this.root.path());
    }

    @Override
    public boolean exists(ObjectRef ref) {
        return Files.isRegularFile(root.fileOf(ref));
    }

    @Override
    public Optional<ObjectInfo> stat(ObjectRef ref) {
        Path file = root.fileOf(ref);
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile() ? Optional.of(info(ref, attributes)) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw failure("read the attributes of", ref, e);
        }
    }

    @Override
    public void download(ObjectRef ref, Path target) {
        Path source = existingFile(ref);
        write("download " + ref + " to " + target, target, temp -> Files.copy(source, temp));
    }

    @Override
    public Optional<Path> localFile(ObjectRef ref) {
        return Optional.of(existingFile(ref));
    }

    @Override
    public void upload(Path source, ObjectRef target, String contentType) {
        if (!Files.isRegularFile(source)) {
            throw new StorageException("Cannot upload " + source + " to " + target + ": no such file", false);
        }
        write("upload " + source + " to " + target, root.fileOf(requireObjectKey(target)),
                temp -> Files.copy(source, temp));
    }

    @Override
    public void put(ObjectRef target, byte[] bytes, String contentType) {
        write("write " + target, root.fileOf(requireObjectKey(target)),
                temp -> Files.write(temp, bytes, StandardOpenOption.CREATE_NEW));
    }

    @Override
    public InputStream open(ObjectRef ref, long offset, long length) {
        if (offset < 0) {
            throw new IllegalArgumentException("Negative offset " + offset);
        }
        Path file = existingFile(ref);
        try {
            return new RangeInputStream(Channels.newInputStream(openAt(file, offset)), length);
        } catch (NoSuchFileException e) {
            throw new ObjectNotFoundException(ref.toString(), e);
        } catch (IOException e) {
            throw failure("open", ref, e);
        }
    }

    @Override
    public void delete(ObjectRef ref) {
        Path file = root.fileOf(ref);
        try {
            if (!Files.isDirectory(file)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw failure("delete", ref, e);
        }
    }

    @Override
    public void deletePrefix(ObjectRef prefix) {
        List<ObjectInfo> objects = list(prefix);
        objects.forEach(info -> delete(info.ref()));
        listing.removeEmptyFolders(prefix);
        log.debug("Deleted {} objects under {}", objects.size(), prefix);
    }

    @Override
    public List<ObjectInfo> list(ObjectRef prefix) {
        return listing.list(prefix, this::info);
    }

    @Override
    public void copy(ObjectRef from, ObjectRef to) {
        Path source = existingFile(from);
        write("copy " + from + " to " + to, root.fileOf(requireObjectKey(to)), temp -> Files.copy(source, temp));
    }

    /** A cheap, stable tag in the style of nginx: modification time and size in hex. */
    static String eTag(BasicFileAttributes attributes) {
        long micros = attributes.lastModifiedTime().to(TimeUnit.MICROSECONDS);
        return Long.toHexString(micros) + "-" + Long.toHexString(attributes.size());
    }

    private ObjectInfo info(ObjectRef ref, BasicFileAttributes attributes) {
        return new ObjectInfo(ref, attributes.size(), attributes.lastModifiedTime().toInstant(), eTag(attributes),
                ContentTypes.of(ref.fileName()));
    }

    private static FileChannel openAt(Path file, long offset) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            return channel.position(offset);
        } catch (IOException e) {
            try (channel) {
                throw e;
            }
        }
    }

    private Path existingFile(ObjectRef ref) {
        Path file = root.fileOf(ref);
        if (!Files.isRegularFile(file)) {
            throw new ObjectNotFoundException(ref + " (file " + file + ")");
        }
        return file;
    }

    private void write(String action, Path target, AtomicFiles.Writer writer) {
        try {
            AtomicFiles.write(target, writer);
            log.debug("Local store: {}", action);
        } catch (IOException e) {
            throw new StorageException("Cannot " + action + " in the local store at " + root.path() + ": " + e, false, e);
        }
    }

    private static ObjectRef requireObjectKey(ObjectRef ref) {
        if (ref.key().endsWith("/")) {
            throw new StorageException("Cannot write " + ref + ": a key ending in '/' names a folder, not an object", false);
        }
        return ref;
    }

    private StorageException failure(String action, ObjectRef ref, IOException e) {
        return new StorageException("Cannot " + action + " " + ref + " in the local store at " + root.path() + ": " + e,
                false, e);
    }
}
