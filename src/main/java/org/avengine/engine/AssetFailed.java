package org.avengine.engine;

import java.time.Instant;

/**
 * An asset's ingest ended with an error (origin unreadable or not media, transcode job failed).
 * Published as {@link AssetFinished} is.
 *
 * @param entity the product entity the asset belongs to, or null
 * @param error why, as the asset's {@code error} shows it
 */
public record AssetFailed(AssetId id, String entity, String error, Instant finished) {
}
