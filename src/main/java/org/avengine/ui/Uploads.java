package org.avengine.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.avengine.storage.ObjectRef;
import org.avengine.storage.ObjectStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Uploads in progress: one file each in the upload folder, filled chunk by chunk at the offset the
 * browser names, so an upload broken off goes on from the bytes that arrived. A finished upload is
 * stored as {@code s3://{upload-bucket}/uploads/{id}/{name}} and its file removed. At most
 * {@code max-uploads} at once; {@link UploadSweeper} removes those that went quiet.
 */
@Component
class Uploads {

    private final UiProperties properties;
    private final ObjectStore store;
    private final Map<String, Upload> open = new ConcurrentHashMap<>();

    Uploads(UiProperties properties, ObjectStore store) {
        this.properties = properties;
        this.store = store;
    }

    /** An upload in progress. */
    record Upload(String id, String name, long size, Path file, Instant touched) {
    }

    /** What the browser learns of an upload: how much arrived, and where it is stored once complete. */
    record Progress(String id, long offset, long size, long chunkSize, String location) {
    }

    synchronized Progress start(String name, long size) throws IOException {
        if (size <= 0 || size > properties.maxUploadSize().toBytes()) {
            throw new UploadException(HttpStatus.PAYLOAD_TOO_LARGE, "size: a file of 1 byte to " + properties.maxUploadSize() + " may be uploaded");
        }
        if (open.size() >= properties.maxUploads()) {
            throw new UploadException(HttpStatus.SERVICE_UNAVAILABLE, "Too many uploads in progress; try again when one has ended");
        }
        Files.createDirectories(properties.uploadDir());
        String id = UUID.randomUUID().toString();
        Path file = Files.createFile(properties.uploadDir().resolve(id + ".part"));
        open.put(id, new Upload(id, safeName(name), size, file, Instant.now()));
        return progress(open.get(id), 0, null);
    }

    Progress status(String id) throws IOException {
        Upload upload = find(id);
        return progress(upload, Files.size(upload.file()), null);
    }

    /** Writes a chunk that starts at {@code offset}, which must be where the upload stands. */
    Progress append(String id, long offset, InputStream chunk) throws IOException {
        Upload upload = find(id);
        synchronized (upload) {
            long have = Files.size(upload.file());
            if (offset != have) {
                throw new UploadException(HttpStatus.CONFLICT, "offset: the upload stands at " + have + ", not " + offset);
            }
            try (OutputStream out = Files.newOutputStream(upload.file(), StandardOpenOption.APPEND)) {
                long written = chunk.transferTo(new BoundedOutput(out, upload.size() - have));
                have += written;
            }
            open.put(id, new Upload(id, upload.name(), upload.size(), upload.file(), Instant.now()));
            return have < upload.size() ? progress(upload, have, null) : progress(upload, have, finish(upload));
        }
    }

    private String finish(Upload upload) throws IOException {
        ObjectRef target = new ObjectRef(properties.uploadBucket(), "uploads/" + upload.id() + "/" + upload.name());
        try {
            store.upload(upload.file(), target, null);
        } finally {
            discard(upload.id());
        }
        return target.toString();
    }

    void discard(String id) throws IOException {
        Upload upload = open.remove(id);
        if (upload != null) {
            Files.deleteIfExists(upload.file());
        }
    }

    Map<String, Upload> open() {
        return Map.copyOf(open);
    }

    private Upload find(String id) {
        Upload upload = open.get(id);
        if (upload == null) {
            throw new UploadException(HttpStatus.NOT_FOUND, "No upload " + id + " in progress (it ended, or it went quiet and was removed)");
        }
        return upload;
    }

    private Progress progress(Upload upload, long offset, String location) {
        return new Progress(upload.id(), offset, upload.size(), properties.chunkSize().toBytes(), location);
    }

    static String safeName(String name) {
        String base = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String safe = base.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[.]+", "_");
        return safe.isEmpty() ? "upload" : safe.substring(0, Math.min(safe.length(), 120));
    }
}
