package org.avengine.engine;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.avengine.storage.LocationNotAllowedException;
import org.avengine.storage.Locations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers (or re-registers) an asset: checks what it says, resolves its presets and queues its ingest. */
@Service
class AssetRegistration {

    private final Assets assets;
    private final Spaces spaces;
    private final PolicyResolver resolver;
    private final Locations locations;

    AssetRegistration(Assets assets, Spaces spaces, PolicyResolver resolver, Locations locations) {
        this.assets = assets;
        this.spaces = spaces;
        this.resolver = resolver;
        this.locations = locations;
    }

    /** The asset as saved, and whether it is new. */
    @Transactional
    Registered register(AssetId id, AssetBody body, Integer batchId) {
        spaces.get(id.customer(), id.space());
        String mediaType = checkedMediaType(body.mediaType());
        String family = body.family() == null ? "T" : body.family();
        if (!family.equals("T")) {
            throw new InvalidRequestException("family: only time-based assets (T) are supported, not '" + family + "'");
        }
        checkOrigin(body.origin());
        List<DeliveryChannel> channels = resolver.channels(body.deliveryChannels(), mediaType);
        List<String> presets = resolver.presets(id.customer(), channels, mediaType).stream().map(Preset::name).toList();
        var existing = assets.find(id);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        AssetState state = presets.isEmpty() ? AssetState.DONE : AssetState.QUEUED;
        Asset asset = new Asset(id, body.origin().strip(), family, mediaType, channels, presets, body.fields(),
                existing.map(Asset::created).orElse(now), state, UUID.randomUUID().toString(),
                presets.isEmpty() ? now : null, null, null, null, null, null, null, List.of(), batchId);
        assets.save(asset);
        return new Registered(asset, existing.orElse(null));
    }

    /** Whether the space exists and the policy is one the customer may use. */
    void checkTarget(int customer, int space, String policy) {
        spaces.get(customer, space);
        try {
            resolver.presets(customer, List.of(new DeliveryChannel(Policy.CHANNEL, policy)), "video/*");
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException("policy: " + e.getMessage());
        }
    }

    private void checkOrigin(String origin) {
        if (origin == null || origin.isBlank()) {
            throw new InvalidRequestException("origin: an asset needs an origin");
        }
        try {
            locations.parse(origin);
        } catch (LocationNotAllowedException e) {
            throw new InvalidRequestException("origin: " + e.getMessage());
        }
    }

    private static String checkedMediaType(String mediaType) {
        if (mediaType == null || !mediaType.matches("(audio|video)/[A-Za-z0-9.+-]+")) {
            throw new InvalidRequestException("mediaType: '" + mediaType + "' is not supported; time-based assets are audio/* or video/*");
        }
        return mediaType;
    }

    /** A registration's result: the saved asset and the one it replaced, if any. */
    record Registered(Asset asset, Asset previous) {
    }
}
