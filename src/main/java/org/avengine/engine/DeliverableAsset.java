package org.avengine.engine;

import java.util.List;

/**
 * What delivery needs of an asset: its size, duration and the transcodes it keeps.
 *
 * @param durationMs the asset's duration in milliseconds, null while it has none
 */
public record DeliverableAsset(AssetId id, String mediaType, Integer width, Integer height, Long durationMs,
        List<Transcode> transcodes) {

    public DeliverableAsset {
        transcodes = List.copyOf(transcodes);
    }
}
