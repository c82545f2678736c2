package org.avengine.engine;

import java.time.Instant;
import java.util.List;

/**
 * A registered asset as stored.
 *
 * @param presets the friendly preset names its policies resolve to, in order
 * @param ingestToken changes with every registration; ingest steps of an older one are ignored
 * @param transcodes its {@code AVTranscodes}
 */
record Asset(AssetId id, String origin, String family, String mediaType, List<DeliveryChannel> deliveryChannels,
        List<String> presets, AssetFields fields, Instant created, AssetState state, String ingestToken,
        Instant finished, String error, Integer width, Integer height, Long durationMs, String jobId,
        String inputLocation, List<Transcode> transcodes, Integer batchId) {

    boolean isIngesting() {
        return state != AssetState.DONE;
    }
}
