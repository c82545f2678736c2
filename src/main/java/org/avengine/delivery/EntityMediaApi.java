package org.avengine.delivery;

import org.avengine.engine.AssetDeliveries;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /customers/{c}/entities/{entityId}/media}: every link of a product entity's finished
 * media (the engine API's credential applies), as JSON, or with {@code ?format=html} as ready
 * {@code <video>} elements. URLs of private spaces' assets come signed.
 */
@RestController
class EntityMediaApi {

    private final AssetDeliveries assets;
    private final EntityLinks links;
    private final VideoEmbeds embeds;

    EntityMediaApi(AssetDeliveries assets, EntityLinks links, VideoEmbeds embeds) {
        this.assets = assets;
        this.links = links;
        this.embeds = embeds;
    }

    @GetMapping("/customers/{customer}/entities/{entity}/media")
    ResponseEntity<?> media(@PathVariable int customer, @PathVariable String entity,
            @RequestParam(required = false) String format) {
        EntityLinks.EntityMediaList list = links.of(customer, entity, assets.ofEntity(customer, entity), embeds.baseUrl());
        if ("html".equals(format)) {
            return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                    .body(VideoSnippet.of(list));
        }
        if (format != null && !"json".equals(format)) {
            throw new org.avengine.engine.InvalidRequestException("format: '" + format + "' is not json or html");
        }
        return ResponseEntity.ok(list);
    }
}
