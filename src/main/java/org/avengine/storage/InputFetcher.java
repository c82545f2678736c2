package org.avengine.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Makes a job's input readable from local disk: the stored file itself where the store keeps files
 * locally, an allowed {@code file://} path as it is, and otherwise a download into the job's work folder.
 */
@Component
public class InputFetcher {

    private static final int MAX_NAME = 100;

    private final ObjectStore store;
    private final Locations locations;
    private final HttpDownloader downloader;

    public InputFetcher(ObjectStore store, Locations locations, StorageProperties properties) {
        this.store = store;
        this.locations = locations;
        this.downloader = new HttpDownloader(locations, properties.inputs());
    }

    /**
     * The input at {@code location} as a local file; close the result to delete what was downloaded.
     *
     * @throws ObjectNotFoundException when nothing is at the location (the message names it)
     * @throws StorageException when it cannot be read; {@link StorageException#isTransient()} says whether to retry
     */
    public LocalInput fetch(Location location, Path workDir) {
        return fetch(location, workDir, Map.of());
    }

    /**
     * As {@link #fetch(Location, Path)}, sending {@code httpHeaders} (e.g. {@code Authorization}) with
     * the request for an http(s) input, and with redirects only while they stay on the same scheme,
     * host and port. Other locations ignore them.
     */
    public LocalInput fetch(Location location, Path workDir, Map<String, String> httpHeaders) {
        if (location instanceof StoreLocation s) {
            return fromStore(s.ref(), workDir);
        }
        if (location instanceof FileLocation f) {
            return fromFile(f);
        }
        HttpLocation http = (HttpLocation) location;
        Path target = newFile(workDir, http.uri().getPath());
        return downloadInto(target, () -> downloader.download(http, target, httpHeaders));
    }

    private LocalInput fromStore(ObjectRef ref, Path workDir) {
        Optional<Path> local = store.localFile(ref);
        if (local.isPresent()) {
            return new LocalInput(local.get(), false);
        }
        Path target = newFile(workDir, ref.fileName());
        return downloadInto(target, () -> store.download(ref, target));
    }

    private LocalInput fromFile(FileLocation location) {
        Path file = locations.allowedFile(location);
        if (!Files.isRegularFile(file)) {
            throw new ObjectNotFoundException(locations.format(location));
        }
        return new LocalInput(file, false);
    }

    private static LocalInput downloadInto(Path target, Runnable download) {
        try {
            download.run();
            return new LocalInput(target, true);
        } catch (RuntimeException e) {
            new LocalInput(target, true).close();
            throw e;
        }
    }

    /** A new file in {@code workDir} whose name ends with the input's own (cleaned) name, keeping its extension. */
    private static Path newFile(Path workDir, String sourcePath) {
        String name = sourcePath == null ? "" : sourcePath.substring(sourcePath.lastIndexOf('/') + 1);
        name = name.replaceAll("[^A-Za-z0-9._-]", "_");
        name = name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
        try {
            Files.createDirectories(workDir);
            return Files.createTempFile(workDir, "input-", name.isEmpty() ? ".bin" : "-" + name);
        } catch (IOException e) {
            throw new StorageException("Cannot create a file for an input in " + workDir + ": " + e, false, e);
        }
    }
}
