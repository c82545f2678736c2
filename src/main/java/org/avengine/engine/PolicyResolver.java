package org.avengine.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Turns an asset's delivery channels into the presets to make. No channels given means the default
 * policy of the media type ({@code default-video} or {@code default-audio}); an empty list means none.
 */
@Component
class PolicyResolver {

    private final Policies policies;
    private final Presets presets;

    PolicyResolver(Policies policies, Presets presets) {
        this.policies = policies;
        this.presets = presets;
    }

    List<DeliveryChannel> channels(List<DeliveryChannel> given, String mediaType) {
        if (given != null) {
            return List.copyOf(given);
        }
        return List.of(new DeliveryChannel(Policy.CHANNEL, mediaType.startsWith("audio/") ? "default-audio" : "default-video"));
    }

    List<Preset> presets(int customer, List<DeliveryChannel> channels, String mediaType) {
        Set<String> names = new LinkedHashSet<>();
        for (DeliveryChannel channel : channels) {
            if (!Policy.CHANNEL.equals(channel.channel())) {
                throw new InvalidRequestException("deliveryChannels: channel '" + channel.channel()
                        + "' is not supported for time-based assets; use iiif-av");
            }
            String name = channel.policy() == null ? (mediaType.startsWith("audio/") ? "default-audio" : "default-video") : channel.policy();
            names.addAll(policies.find(customer, name).orElseThrow(() -> new InvalidRequestException(
                    "deliveryChannels: unknown iiif-av policy '" + name + "'")).presets());
        }
        List<Preset> result = new ArrayList<>();
        for (String name : names) {
            Preset preset = presets.find(name).orElseThrow(() -> new InvalidRequestException(
                    "deliveryChannels: the policy names an unknown preset '" + name + "'"));
            if (mediaType.startsWith("audio/") && !preset.isAudio()) {
                throw new InvalidRequestException("deliveryChannels: preset '" + name + "' makes " + preset.mediaType()
                        + ", which an audio asset cannot give");
            }
            result.add(preset);
        }
        return result;
    }
}
