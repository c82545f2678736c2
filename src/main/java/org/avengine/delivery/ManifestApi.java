package org.avengine.delivery;

import org.avengine.engine.AssetDeliveries;
import org.avengine.engine.AssetId;
import org.avengine.engine.NotFoundException;
import org.avengine.system.AvengineProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import tools.jackson.databind.node.ObjectNode;

/** {@code GET /iiif-manifest/{c}/{s}/{id}}: the asset as a IIIF Presentation 3 manifest; a private space's need a credential. */
@RestController
class ManifestApi {

    private static final String PROFILE = "application/ld+json;profile=\"http://iiif.io/api/presentation/3/context.json\"";

    private final AssetDeliveries assets;
    private final ManifestWriter writer;
    private final AvengineProperties node;

    ManifestApi(AssetDeliveries assets, ManifestWriter writer, AvengineProperties node) {
        this.assets = assets;
        this.writer = writer;
        this.node = node;
    }

    @GetMapping("/iiif-manifest/{customer}/{space}/{id}")
    ResponseEntity<ObjectNode> manifest(@PathVariable int customer, @PathVariable int space, @PathVariable String id,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        var asset = assets.find(new AssetId(customer, space, id), authorization)
                .filter(a -> !a.transcodes().isEmpty())
                .orElseThrow(() -> new NotFoundException("No delivered asset " + customer + "/" + space + "/" + id));
        return ResponseEntity.ok().header("Content-Type", PROFILE).body(writer.manifest(asset, baseUrl()));
    }

    private String baseUrl() {
        String configured = node.publicUrl();
        if (configured != null && !configured.isBlank()) {
            return configured.replaceAll("/+$", "");
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
