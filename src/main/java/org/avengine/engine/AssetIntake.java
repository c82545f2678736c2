package org.avengine.engine;

import java.util.List;

import org.springframework.stereotype.Service;

/**
 * The engine's entry point for other modules (the watch folder): register an asset as
 * {@code PUT /customers/{c}/spaces/{s}/images/{id}} does, check where one would go, delete one.
 * Failures are {@link EngineException}s whose message names the field.
 */
@Service
public class AssetIntake {

    private final AssetRegistration registration;
    private final AssetRemoval removal;

    AssetIntake(AssetRegistration registration, AssetRemoval removal) {
        this.registration = registration;
        this.removal = removal;
    }

    /** Registers (or registers again) the asset; its ingest runs asynchronously and ends with {@link AssetFinished} or {@link AssetFailed}. */
    public void register(AssetId id, AssetOrder order) {
        AssetBody body = new AssetBody(id.id(), id.space(), order.origin(), "T", order.mediaType(),
                List.of(new DeliveryChannel(Policy.CHANNEL, order.policy())), null, null, null, null, null, null, null,
                order.entity(), order.title(), null);
        registration.register(id, body, null);
    }

    /** Fails with a 404 naming the space, or a 400 naming the policy, unless an asset could be registered there. */
    public void checkTarget(int customer, int space, String policy) {
        registration.checkTarget(customer, space, policy);
    }

    /** Deletes the asset and everything it owns in the store; a missing asset is not an error. */
    public void delete(AssetId id) {
        removal.removeIfPresent(id);
    }
}
