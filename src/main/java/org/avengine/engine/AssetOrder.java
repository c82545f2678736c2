package org.avengine.engine;

/**
 * What another module asks the engine to ingest: an asset with one {@code iiif-av} policy.
 *
 * @param origin where the media is ({@code s3://}, {@code file://}, {@code https://})
 * @param mediaType an {@code audio/*} or {@code video/*} type
 * @param policy the {@code iiif-av} delivery-channel policy
 * @param entity the product entity the asset belongs to, or null
 * @param title what the asset shows (written into its transcodes' container metadata), or null
 */
public record AssetOrder(String origin, String mediaType, String policy, String entity, String title) {
}
