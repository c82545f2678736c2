package org.avengine.engine;

import org.springframework.stereotype.Component;

/**
 * What follows a committed registration in the store: the replaced ingest's input copy goes, and when
 * the asset no longer has an {@code iiif-av} channel, its derivatives and metadata blob go too.
 */
@Component
class RegistrationFollowUp {

    private final AssetCleanup cleanup;
    private final Assets assets;

    RegistrationFollowUp(AssetCleanup cleanup, Assets assets) {
        this.cleanup = cleanup;
        this.assets = assets;
    }

    void after(AssetRegistration.Registered registered) {
        Asset previous = registered.previous();
        if (previous == null) {
            return;
        }
        cleanup.removeInput(previous.inputLocation());
        if (registered.asset().presets().isEmpty()) {
            cleanup.removeDerivatives(previous.id(), previous.transcodes());
            assets.clearTranscodes(previous.id());
        }
    }

    /** After a committed delete: everything the asset owned in the store. */
    void removeAll(Asset deleted) {
        cleanup.removeAll(deleted);
    }
}
