package org.avengine.engine;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The engine's entry point for people (the dashboard): signing in with the admin credential or a
 * customer's key, browsing assets a user may see, and ingesting an asset again.
 */
@Service
public class AssetConsole {

    private final EngineAuthentication authentication;
    private final Assets assets;
    private final AssetRegistration registration;

    AssetConsole(EngineAuthentication authentication, Assets assets, AssetRegistration registration) {
        this.authentication = authentication;
        this.assets = assets;
        this.registration = registration;
    }

    /** The user these credentials sign in; empty when the key is unknown or the secret wrong. */
    public Optional<EngineUser> signIn(String key, String secret) {
        return authentication.check(key, secret).map(caller -> new EngineUser(caller.customerId()));
    }

    /**
     * The newest assets the user may see, of one customer and space where given.
     *
     * @param customer null for every customer the user may see
     * @param space null for every space
     */
    public List<AssetSummary> assets(EngineUser user, Integer customer, Integer space, int limit) {
        if (customer != null && !user.mayActFor(customer)) {
            return List.of();
        }
        Integer only = customer != null ? customer : user.customerId();
        return assets.newest(only, space, limit).stream().map(AssetSummary::of).toList();
    }

    /** The asset, when it exists and the user may see it. */
    public Optional<AssetSummary> asset(EngineUser user, AssetId id) {
        return visible(user, id).map(AssetSummary::of);
    }

    /** Registers the asset again as it is, which ingests and transcodes it anew; false when the user may not. */
    public boolean reingest(EngineUser user, AssetId id) {
        Optional<Asset> asset = visible(user, id);
        asset.ifPresent(a -> registration.register(a.id(), new AssetBody(a.id().id(), a.id().space(),
                a.origin(), a.family(), a.mediaType(), a.deliveryChannels(), a.fields().string1(), a.fields().string2(),
                a.fields().string3(), a.fields().number1(), a.fields().number2(), a.fields().number3(), a.fields().tags(),
                a.fields().entity(), a.fields().title(), a.fields().description()), a.batchId()));
        return asset.isPresent();
    }

    private Optional<Asset> visible(EngineUser user, AssetId id) {
        return user.mayActFor(id.customer()) ? assets.find(id) : Optional.empty();
    }
}
