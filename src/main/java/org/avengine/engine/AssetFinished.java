package org.avengine.engine;

import java.time.Instant;

/**
 * An asset's ingest ended with its transcodes made. Published in-process once per ingest, by the node
 * that ended it, after the asset was marked finished (in the same transaction where there is one).
 *
 * @param entity the product entity the asset belongs to, or null
 */
public record AssetFinished(AssetId id, String entity, Integer width, Integer height, Long durationMs, Instant finished) {
}
