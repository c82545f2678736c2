package org.avengine.engine;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes an asset: its row goes and, in the same transaction, everything it owned in the store is
 * recorded for the cleanup worker, so the caller does not wait for the store.
 */
@Service
class AssetRemoval {

    private final Assets assets;
    private final AssetCleanup cleanup;

    AssetRemoval(Assets assets, AssetCleanup cleanup) {
        this.assets = assets;
        this.cleanup = cleanup;
    }

    @Transactional
    void remove(AssetId id) {
        Asset asset = assets.find(id).orElseThrow(() -> new NotFoundException("No asset " + id));
        assets.delete(id);
        cleanup.removeAll(asset);
    }
}
