package org.avengine.engine;

import org.springframework.stereotype.Component;

/**
 * What a registration leaves to delete, recorded in its transaction: the replaced ingest's input copy,
 * and when the asset no longer has an {@code iiif-av} channel, its derivatives and metadata blob (its
 * {@code AVTranscodes} are cleared at once).
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
        cleanup.removeInput(previous.id(), previous.inputLocation());
        if (registered.asset().presets().isEmpty()) {
            cleanup.removeDerivatives(previous.id(), previous.transcodes());
            assets.clearTranscodes(previous.id());
        }
    }
}
