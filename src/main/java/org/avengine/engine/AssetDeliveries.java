package org.avengine.engine;

import java.util.Optional;

import org.springframework.stereotype.Service;

/** The engine's entry point for delivery: finished assets and their transcodes. */
@Service
public class AssetDeliveries {

    private final Assets assets;

    AssetDeliveries(Assets assets) {
        this.assets = assets;
    }

    /** The asset with the transcodes it keeps; empty when there is no such asset. */
    public Optional<DeliverableAsset> find(int customer, int space, String id) {
        return assets.find(new AssetId(customer, space, id)).map(a -> new DeliverableAsset(a.id(), a.mediaType(),
                a.width(), a.height(), a.durationMs(), a.transcodes()));
    }
}
