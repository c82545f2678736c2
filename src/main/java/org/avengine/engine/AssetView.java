package org.avengine.engine;

import java.time.Instant;
import java.util.List;

/** An asset as the engine API shows it. */
record AssetView(String id, int customer, int space, String origin, String family, String mediaType,
        List<DeliveryChannel> deliveryChannels, Instant created, boolean ingesting, Instant finished, String error,
        Integer width, Integer height, Long duration, String string1, String string2, String string3,
        Long number1, Long number2, Long number3, List<String> tags, String entity, String title, String description,
        Integer batch) {

    static AssetView of(Asset a) {
        AssetFields f = a.fields();
        return new AssetView(a.id().id(), a.id().customer(), a.id().space(), a.origin(), a.family(), a.mediaType(),
                a.deliveryChannels(), a.created(), a.isIngesting(), a.finished(), a.error(), a.width(), a.height(),
                a.durationMs(), f.string1(), f.string2(), f.string3(), f.number1(), f.number2(), f.number3(), f.tags(), f.entity(),
                f.title(), f.description(), a.batchId());
    }
}
