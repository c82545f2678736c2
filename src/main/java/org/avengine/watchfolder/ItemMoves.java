package org.avengine.watchfolder;

import java.time.Instant;
import java.util.List;

import org.avengine.engine.AssetId;
import org.avengine.engine.AssetIntake;
import org.avengine.storage.ObjectRef;
import org.avengine.storage.ObjectStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Moves the files of ended items: to {@code processed/}, or to {@code failed/} with
 * {@code {name}.error.json} beside them. A file replaced in the meantime by a newer version (same key,
 * other version) stays where it is for its own item. When a newer version of a key is processed, the
 * assets of older versions are deleted, so the entity shows the newest.
 */
@Component
class ItemMoves {

    private static final Logger log = LoggerFactory.getLogger(ItemMoves.class);
    private static final int BATCH = 50;

    private final WatchItems items;
    private final ObjectStore store;
    private final JsonMapper json;
    private final AssetIntake intake;

    ItemMoves(WatchItems items, ObjectStore store, JsonMapper json, AssetIntake intake) {
        this.items = items;
        this.store = store;
        this.json = json;
        this.intake = intake;
    }

    void movePending() {
        for (WatchItem item : items.unmoved(BATCH)) {
            try {
                move(item);
                items.moved(item.id());
                if (item.state() == WatchItem.ItemState.PROCESSED && item.assetId() != null) {
                    supersedeOlder(item);
                }
            } catch (RuntimeException e) {
                log.warn("Watch folder: moving {} failed; trying again", item.ref(), e);
            }
        }
    }

    private void move(WatchItem item) {
        ObjectRef target = item.movedRef();
        boolean stillThere = store.list(item.ref()).stream()
                .anyMatch(info -> info.ref().equals(item.ref()) && FolderScan.version(info).equals(item.version()));
        if (stillThere) {
            store.copy(item.ref(), target);
            store.delete(item.ref());
        }
        if (item.state() == WatchItem.ItemState.FAILED) {
            ObjectRef report = new ObjectRef(target.bucket(), target.key() + ".error.json");
            store.put(report, json.writeValueAsBytes(errorReport(item)), "application/json");
        }
        log.info("Watch folder: {} {} to {}", item.ref(), stillThere ? "moved" : "was replaced; not moved", target);
    }

    private ObjectNode errorReport(WatchItem item) {
        ObjectNode report = json.createObjectNode();
        report.put("file", item.ref().toString());
        report.put("rule", item.rule());
        report.put("version", item.version());
        report.put("reason", item.reason());
        if (item.errorCode() != null) {
            report.put("errorCode", item.errorCode());
        }
        report.put("message", item.error());
        report.put("assetId", item.assetId());
        report.put("jobId", item.jobId());
        report.put("failedAt", Instant.now().toString());
        return report;
    }

    private void supersedeOlder(WatchItem item) {
        List<WatchItem> versions = items.processedVersions(item);
        for (WatchItem older : versions.subList(Math.min(1, versions.size()), versions.size())) {
            String[] parts = older.assetId().split("/", 3);
            intake.delete(new AssetId(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2]));
            items.superseded(older.id());
            log.info("Watch folder: asset {} of an older version of {} deleted; {} is the newest", older.assetId(),
                    item.ref(), versions.get(0).assetId());
        }
    }
}
