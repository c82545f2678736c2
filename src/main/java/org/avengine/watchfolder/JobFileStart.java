package org.avengine.watchfolder;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.avengine.storage.ObjectStore;
import org.avengine.transcode.InvalidRequestException;
import org.avengine.transcode.JobFiles;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a dropped MediaConvert job file (PascalCase or camelCase) and submits its job. */
@Component
class JobFileStart {

    private final ObjectStore store;
    private final JsonMapper json;
    private final JobFiles jobFiles;
    private final WatchFolderProperties properties;

    JobFileStart(ObjectStore store, JsonMapper json, JobFiles jobFiles, WatchFolderProperties properties) {
        this.store = store;
        this.json = json;
        this.jobFiles = jobFiles;
        this.properties = properties;
    }

    /** The id of the job created. */
    String submit(WatchItem item, Map<String, String> metadata) {
        JsonNode file = read(item);
        try {
            return jobFiles.submit(file, metadata, item.id()).id().value();
        } catch (InvalidRequestException e) {
            throw new InvalidJobFileException("invalid job file: " + e.getMessage());
        }
    }

    private JsonNode read(WatchItem item) {
        long max = properties.maxJobFileSize().toBytes();
        byte[] bytes;
        try (InputStream in = store.open(item.ref(), 0, max + 1)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + item.ref() + ": " + e.getMessage(), e);
        }
        if (bytes.length > max) {
            throw new InvalidJobFileException("not a job file: larger than " + properties.maxJobFileSize());
        }
        try {
            JsonNode node = json.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new InvalidJobFileException("not a job file: a job file is one JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new InvalidJobFileException("not a job file: not JSON (" + e.getOriginalMessage() + ")");
        }
    }

    /** The file is not a job file, or the job it describes is refused. */
    static class InvalidJobFileException extends RuntimeException {
        InvalidJobFileException(String message) {
            super(message);
        }
    }
}
