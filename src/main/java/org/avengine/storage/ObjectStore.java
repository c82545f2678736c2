package org.avengine.storage;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The object store port: where inputs are kept and outputs are published, a local folder or an
 * S3-compatible service.
 *
 * <p>Every method throws {@link ObjectNotFoundException} when an object it must read is missing and
 * {@link StorageException} for any other failure. Writes are all-or-nothing: readers see the old
 * object or the new one, never part of one.
 */
public interface ObjectStore {

    /** Whether the object exists. */
    boolean exists(ObjectRef ref);

    /** The object's size, time, tag and type, or empty when it does not exist. */
    Optional<ObjectInfo> stat(ObjectRef ref);

    /** Copies the object into {@code target} (replacing it), writing a temporary sibling first. */
    void download(ObjectRef ref, Path target);

    /**
     * The object's own file when the store keeps it on this machine (so it can be read without a
     * copy), else empty. A store that keeps files locally throws {@link ObjectNotFoundException} for
     * a missing object; one that does not returns empty without looking.
     */
    Optional<Path> localFile(ObjectRef ref);

    /**
     * Stores the file {@code source} as {@code target}; {@code source} is left in place. A null
     * content type is derived from the key's file name (the local store always derives it).
     */
    void upload(Path source, ObjectRef target, String contentType);

    /** Stores {@code bytes} as {@code target}; content types as for {@link #upload}. */
    void put(ObjectRef target, byte[] bytes, String contentType);

    /**
     * Opens {@code length} bytes of the object from {@code offset} (fewer when it ends first; all the
     * rest when {@code length} is negative). The caller closes the stream.
     */
    InputStream open(ObjectRef ref, long offset, long length);

    /** Deletes the object; deleting a missing object is not an error. */
    void delete(ObjectRef ref);

    /** Deletes every object whose key starts with {@code prefix.key()}. */
    void deletePrefix(ObjectRef prefix);

    /** Every object whose key starts with {@code prefix.key()}, at any depth, in key order. */
    List<ObjectInfo> list(ObjectRef prefix);

    /** Copies an object inside the store, without passing the bytes through this process where the store allows. */
    void copy(ObjectRef from, ObjectRef to);
}
