package org.avengine.ui;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the upload folder bounded: removes uploads that received nothing for {@code upload-expiry},
 * and files as quiet that no upload in progress owns (left by an earlier run).
 */
@Component
class UploadSweeper {

    private static final Logger log = LoggerFactory.getLogger(UploadSweeper.class);

    private final Uploads uploads;
    private final UiProperties properties;

    UploadSweeper(Uploads uploads, UiProperties properties) {
        this.uploads = uploads;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${avengine.ui.upload-sweep-interval:60s}", initialDelay = 0)
    void sweep() {
        Instant cutoff = Instant.now().minus(properties.uploadExpiry());
        try {
            for (Uploads.Upload upload : uploads.open().values()) {
                if (upload.touched().isBefore(cutoff)) {
                    log.info("Upload {} of {} received nothing since {}; removed", upload.id(), upload.name(), upload.touched());
                    uploads.discard(upload.id());
                }
            }
            removeOrphans(properties.uploadDir(), cutoff);
        } catch (IOException e) {
            log.warn("Could not sweep the upload folder {}", properties.uploadDir(), e);
        }
    }

    private void removeOrphans(Path dir, Instant cutoff) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        var owned = uploads.open().values().stream().map(Uploads.Upload::file).toList();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.part")) {
            for (Path file : files) {
                if (!owned.contains(file) && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
