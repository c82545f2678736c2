package org.avengine.watchfolder;

import org.avengine.engine.AssetFailed;
import org.avengine.engine.AssetFinished;
import org.avengine.transcode.JobStateChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * Ends watch items when their asset or job ends; the file is moved afterwards by {@link ItemMoves}.
 * Repeated events change nothing: only open items end.
 */
@Component
class ItemOutcomes {

    /** The {@code userMetadata} key that names the watch item on the jobs the watch folder creates. */
    static final String WATCH_ITEM = "watchItem";

    private final WatchItems items;

    ItemOutcomes(WatchItems items) {
        this.items = items;
    }

    @EventListener
    void on(AssetFinished event) {
        items.endByAsset(event.id().path(), WatchItems.Ending.PROCESSED);
    }

    @EventListener
    void on(AssetFailed event) {
        items.endByAsset(event.id().path(), WatchItems.Ending.failed("ASSET_FAILED", null, event.error()));
    }

    @EventListener
    void on(JobStateChanged event) {
        JsonNode detail = event.event().path("detail");
        String item = detail.path("userMetadata").path(WATCH_ITEM).asString(null);
        if (item == null) {
            return;
        }
        switch (event.status()) {
            case "COMPLETE" -> items.end(item, WatchItems.Ending.PROCESSED);
            case "ERROR" -> items.end(item, WatchItems.Ending.failed("JOB_FAILED",
                    detail.path("errorCode").isNumber() ? detail.path("errorCode").asInt() : null,
                    detail.path("errorMessage").asString("")));
            case "CANCELED" -> items.end(item, WatchItems.Ending.failed("JOB_CANCELED", null, "job " + event.jobId().value() + " was canceled"));
            default -> { }
        }
    }
}
