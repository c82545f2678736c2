package org.avengine.watchfolder;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.avengine.storage.ObjectInfo;
import org.avengine.storage.ObjectNotFoundException;
import org.avengine.storage.ObjectStore;
import org.avengine.system.NodeIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Lists every rule's prefix, claims each new file version that fits the rule's pattern and starts its
 * work, then moves the files of ended items. A local file is taken only once its modification time is
 * {@code stable-for} old (it is still being written otherwise); S3 lists only completed uploads.
 */
@Component
class FolderScan {

    private static final Logger log = LoggerFactory.getLogger(FolderScan.class);

    private final ScanParts parts;
    private final ItemStart start;
    private final ItemMoves moves;
    private final WatchFolderProperties properties;

    FolderScan(ScanParts parts, ItemStart start, ItemMoves moves, WatchFolderProperties properties) {
        this.parts = parts;
        this.start = start;
        this.moves = moves;
        this.properties = properties;
    }

    /** What a scan reads and writes. */
    @Component
    record ScanParts(WatchRules rules, WatchItems items, ObjectStore store, NodeIdentity node) {
    }

    @Scheduled(fixedDelayString = "${avengine.watchfolder.scan-interval:2s}")
    void scan() {
        if (!properties.enabled()) {
            return;
        }
        for (WatchRule rule : parts.rules().all()) {
            try {
                scan(rule);
            } catch (RuntimeException e) {
                log.warn("Watch folder: scanning rule {} ({}) failed; trying again", rule.name(), rule.prefix(), e);
            }
        }
        moves.movePending();
    }

    private void scan(WatchRule rule) {
        for (ObjectInfo info : parts.store().list(rule.prefix())) {
            String key = info.ref().key();
            if (rule.isMovedKey(key) || !settled(info)) {
                continue;
            }
            var match = rule.pattern().match(key);
            if (match.isEmpty()) {
                continue;
            }
            String version = version(info);
            Instant now = Instant.now();
            if (parts.items().isTaken(WatchItem.idOf(rule.name(), key, version), now)) {
                continue;
            }
            parts.items().claim(rule, info.ref(), version, match.get().entity(), parts.node().id(),
                    now.plus(properties.leaseDuration())).ifPresent(item -> start.start(rule, item));
        }
    }

    /** Whether the file is complete: always on S3; locally, once nothing wrote it for {@code stable-for}. */
    private boolean settled(ObjectInfo info) {
        Optional<?> local;
        try {
            local = parts.store().localFile(info.ref());
        } catch (ObjectNotFoundException e) {
            return false;
        }
        return local.isEmpty() || Duration.between(info.lastModified(), Instant.now()).compareTo(properties.stableFor()) >= 0;
    }

    /** A file version: the store's tag and modification time, so the same bytes dropped again are a new version. */
    static String version(ObjectInfo info) {
        return info.eTag() + "@" + info.lastModified().toEpochMilli();
    }
}
