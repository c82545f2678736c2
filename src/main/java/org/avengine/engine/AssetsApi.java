package org.avengine.engine;


import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/** Assets: {@code PUT/GET/DELETE /customers/{c}/spaces/{s}/images/{id}} and {@code .../metadata}. */
@RestController
class AssetsApi {

    private static final String ASSET = "/customers/{customer}/spaces/{space}/images/{id}";

    private final AssetRegistration registration;
    private final Assets assets;
    private final TranscodeMetadata metadata;
    private final AssetRemoval removal;

    AssetsApi(AssetRegistration registration, Assets assets, TranscodeMetadata metadata, AssetRemoval removal) {
        this.registration = registration;
        this.assets = assets;
        this.metadata = metadata;
        this.removal = removal;
    }

    @PutMapping(ASSET)
    ResponseEntity<AssetView> put(@PathVariable int customer, @PathVariable int space, @PathVariable String id,
            @RequestBody AssetBody body) {
        var registered = registration.register(new AssetId(customer, space, id), body, null);
        return ResponseEntity.status(registered.previous() == null ? HttpStatus.CREATED : HttpStatus.OK)
                .body(AssetView.of(find(customer, space, id)));
    }

    @GetMapping(ASSET)
    AssetView get(@PathVariable int customer, @PathVariable int space, @PathVariable String id) {
        return AssetView.of(find(customer, space, id));
    }

    /** 204 once the asset is gone from the database; its files are deleted from the store in the background. */
    @DeleteMapping(ASSET)
    ResponseEntity<Void> delete(@PathVariable int customer, @PathVariable int space, @PathVariable String id) {
        removal.remove(new AssetId(customer, space, id));
        return ResponseEntity.noContent().build();
    }

    /** The asset's transcode job in MediaConvert's shape. */
    @GetMapping(ASSET + "/metadata")
    JsonNode transcodeJob(@PathVariable int customer, @PathVariable int space, @PathVariable String id) {
        return metadata.of(find(customer, space, id));
    }

    private Asset find(int customer, int space, String id) {
        AssetId assetId = new AssetId(customer, space, id);
        return assets.find(assetId).orElseThrow(() -> new NotFoundException("No asset " + assetId));
    }
}
