package org.avengine.engine;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The engine's entry point for delivery: finished assets and their transcodes. Assets of a private
 * space are only given to a caller whose HTTP Basic credentials are its customer's key or the admin's.
 */
@Service
public class AssetDeliveries {

    private final Assets assets;
    private final Spaces spaces;
    private final EngineAuthentication authentication;

    AssetDeliveries(Assets assets, Spaces spaces, EngineAuthentication authentication) {
        this.assets = assets;
        this.spaces = spaces;
        this.authentication = authentication;
    }

    /**
     * The asset with the transcodes it keeps; empty when there is no such asset.
     *
     * @param authorization the request's {@code Authorization} header, null when it sent none
     * @throws EngineException a 401 when the asset's space is private and the caller may not read it
     */
    public Optional<DeliverableAsset> find(AssetId id, String authorization) {
        spaces.find(id.customer(), id.space()).filter(Space::isPrivate).ifPresent(space -> checkReader(space, authorization));
        return assets.find(id).map(a -> new DeliverableAsset(a.id(), a.mediaType(),
                a.width(), a.height(), a.durationMs(), a.transcodes()));
    }

    /** The asset, for a request whose signed URL delivery has verified: a private space asks no credential then. */
    public Optional<DeliverableAsset> findSigned(AssetId id) {
        return assets.find(id).map(a -> new DeliverableAsset(a.id(), a.mediaType(),
                a.width(), a.height(), a.durationMs(), a.transcodes()));
    }

    /**
     * The customer's finished assets of an entity, newest first, each with whether its space is private
     * (its URLs then need a signature). The caller was authenticated for the customer by the engine API.
     */
    public List<EntityMedia> ofEntity(int customer, String entity) {
        return assets.findByEntity(customer, entity).stream().map(this::media).toList();
    }

    /**
     * One asset as an entity's link list shows it, for a caller that has already been allowed to see
     * it (the dashboard checks its viewer first); empty when there is no such asset.
     */
    public Optional<EntityMedia> media(AssetId id) {
        return assets.find(id).map(this::media);
    }

    private EntityMedia media(Asset a) {
        return new EntityMedia(new DeliverableAsset(a.id(), a.mediaType(), a.width(), a.height(), a.durationMs(), a.transcodes()),
                a.fields().title(), a.fields().description(), a.finished(),
                spaces.find(a.id().customer(), a.id().space()).map(Space::isPrivate).orElse(false));
    }

    private void checkReader(Space space, String authorization) {
        if (!authentication.authenticate(authorization).mayActFor(space.customerId())) {
            throw new NotAuthenticatedException("Space " + space.id() + " of customer " + space.customerId()
                    + " is private; only that customer's keys may read its assets");
        }
    }
}
