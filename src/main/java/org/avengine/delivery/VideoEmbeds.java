package org.avengine.delivery;

import java.util.List;
import java.util.Optional;

import org.avengine.engine.AssetDeliveries;
import org.avengine.engine.AssetId;
import org.avengine.system.AvengineProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The {@code <video>} element of one asset, as the entity links API writes it
 * ({@code GET /customers/{c}/entities/{e}/media?format=html}): poster, and a {@code <source>} per
 * transcode in the order browsers should try them, with absolute URLs (signed for a private space).
 */
@Component
public class VideoEmbeds {

    private final AssetDeliveries assets;
    private final EntityLinks links;
    private final AvengineProperties node;

    VideoEmbeds(AssetDeliveries assets, EntityLinks links, AvengineProperties node) {
        this.assets = assets;
        this.links = links;
        this.node = node;
    }

    /**
     * The asset's {@code <video>} element for the current request's host (or {@code avengine.public-url});
     * empty when the asset is missing or has nothing a {@code <video>} plays. The caller has checked
     * that its viewer may see the asset.
     */
    public Optional<String> of(AssetId id) {
        return assets.media(id).map(media -> links.of(id.customer(), null, List.of(media), baseUrl()))
                .filter(list -> list.media().stream().anyMatch(m -> !m.sources().isEmpty()))
                .map(VideoSnippet::of);
    }

    /** Where links point: the configured public URL, or the scheme, host and port the request came to. */
    String baseUrl() {
        String configured = node.publicUrl();
        if (configured != null && !configured.isBlank()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
