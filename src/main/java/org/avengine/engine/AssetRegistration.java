package org.avengine.engine;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers (or re-registers) an asset: checks what it says, resolves its presets, queues its ingest
 * and, in the same transaction, records what the replaced registration leaves to delete.
 */
@Service
class AssetRegistration {

    private final Assets assets;
    private final RegistrationChecks checks;
    private final PolicyResolver resolver;
    private final RegistrationFollowUp followUp;

    AssetRegistration(Assets assets, RegistrationChecks checks, PolicyResolver resolver, RegistrationFollowUp followUp) {
        this.assets = assets;
        this.checks = checks;
        this.resolver = resolver;
        this.followUp = followUp;
    }

    /** The asset as saved, and whether it is new. */
    @Transactional
    Registered register(AssetId id, AssetBody body, Integer batchId) {
        String family = checks.check(id, body);
        String mediaType = body.mediaType();
        List<DeliveryChannel> channels = resolver.channels(body.deliveryChannels(), mediaType);
        List<String> presets = resolver.presets(id.customer(), channels, mediaType).stream().map(Preset::name).toList();
        var existing = assets.find(id);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        AssetState state = presets.isEmpty() ? AssetState.DONE : AssetState.QUEUED;
        Asset asset = new Asset(id, body.origin().strip(), family, mediaType, channels, presets, body.fields(),
                existing.map(Asset::created).orElse(now), state, UUID.randomUUID().toString(),
                presets.isEmpty() ? now : null, null, null, null, null, null, null, List.of(), batchId);
        assets.save(asset);
        Registered registered = new Registered(asset, existing.orElse(null));
        followUp.after(registered);
        return registered;
    }

    /** A registration's result: the saved asset and the one it replaced, if any. */
    record Registered(Asset asset, Asset previous) {
    }
}
