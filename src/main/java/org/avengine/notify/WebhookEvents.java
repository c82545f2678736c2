package org.avengine.notify;

import java.time.Instant;
import java.util.UUID;

import org.avengine.engine.AssetFailed;
import org.avengine.engine.AssetFinished;
import org.avengine.engine.AssetId;
import org.avengine.transcode.JobStateChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns job and asset events into deliveries, one per subscription that asks for the event's type.
 * It only writes rows, inside the transaction that publishes the event where there is one, so a slow
 * receiver never holds up the event's source. A job belongs to a customer only through the engine:
 * its {@code userMetadata.dlcsId} ({@code c/s/id}) names the customer; other jobs reach only the
 * administrator's subscriptions.
 */
@Component
class WebhookEvents {

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final JsonMapper json;

    WebhookEvents(Subscriptions subscriptions, Deliveries deliveries, JsonMapper json) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.json = json;
    }

    @EventListener
    void on(JobStateChanged event) {
        EventType type = java.util.Arrays.stream(EventType.values()).filter(t -> t.name().equals("JOB_" + event.status()))
                .findFirst().orElse(null);
        if (type == null) {
            return;
        }
        String dlcsId = event.event().path("detail").path("userMetadata").path("dlcsId").asString("");
        Integer customer = dlcsId.matches("[0-9]{1,9}/.+") ? Integer.valueOf(dlcsId.substring(0, dlcsId.indexOf('/'))) : null;
        enqueue(customer, type, event.event());
    }

    @EventListener
    void on(AssetFinished event) {
        ObjectNode detail = assetDetail(event.id(), event.entity(), "FINISHED", event.finished());
        detail.put("width", event.width());
        detail.put("height", event.height());
        detail.put("duration", event.durationMs());
        enqueue(event.id().customer(), EventType.ASSET_FINISHED, envelope(detail, event.finished()));
    }

    @EventListener
    void on(AssetFailed event) {
        ObjectNode detail = assetDetail(event.id(), event.entity(), "FAILED", event.finished());
        detail.put("error", event.error());
        enqueue(event.id().customer(), EventType.ASSET_FAILED, envelope(detail, event.finished()));
    }

    private void enqueue(Integer customer, EventType type, JsonNode payload) {
        String body = json.writeValueAsString(payload);
        for (Subscription s : subscriptions.receiving(customer, type)) {
            deliveries.add(s.id(), type, body, null);
        }
    }

    private ObjectNode assetDetail(AssetId id, String entity, String status, Instant finished) {
        ObjectNode detail = json.createObjectNode();
        detail.put("status", status);
        detail.put("assetId", id.path());
        detail.put("customer", id.customer());
        detail.put("space", id.space());
        detail.put("id", id.id());
        detail.put("entity", entity);
        detail.put("finished", finished == null ? null : finished.toString());
        return detail;
    }

    /** The EventBridge shape job events have, so one consumer reads both. */
    private ObjectNode envelope(ObjectNode detail, Instant time) {
        ObjectNode event = json.createObjectNode();
        event.put("version", "0");
        event.put("id", UUID.randomUUID().toString());
        event.put("detail-type", "Avengine Asset State Change");
        event.put("source", "avengine.engine");
        event.put("time", (time == null ? Instant.now() : time).toString());
        event.set("detail", detail);
        return event;
    }
}
