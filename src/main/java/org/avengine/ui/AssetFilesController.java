package org.avengine.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.avengine.engine.AssetConsole;
import org.avengine.engine.AssetId;
import org.avengine.engine.AssetSummary;
import org.avengine.storage.ObjectRef;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.SessionAttribute;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * An asset's stored derivatives for the players on its page, {@code /ui/assets/{c}/{s}/{id}/files/{path}}:
 * only below the asset's own folder, of an asset the viewer may see.
 */
@RestController
class AssetFilesController {

    private final AssetConsole console;
    private final StoredFiles files;

    AssetFilesController(AssetConsole console, StoredFiles files) {
        this.console = console;
        this.files = files;
    }

    @GetMapping("/ui/assets/{customer}/{space}/{id}/files/**")
    ResponseEntity<StreamingResponseBody> file(@SessionAttribute(Viewer.SESSION_KEY) Viewer viewer, @PathVariable int customer,
            @PathVariable int space, @PathVariable String id, HttpServletRequest request) {
        AssetId assetId;
        try {
            assetId = new AssetId(customer, space, id);
        } catch (IllegalArgumentException e) {
            throw new PageNotFoundException("No asset " + id);
        }
        AssetSummary asset = console.asset(viewer.user(), assetId).orElseThrow(() -> new PageNotFoundException("No asset " + assetId));
        if (asset.transcodes().isEmpty()) {
            throw new PageNotFoundException("Asset " + assetId + " has no transcodes");
        }
        String bucket = ObjectRef.parse(asset.transcodes().get(0).location()).bucket();
        ObjectRef ref = JobFilesController.refAfter("/ui/assets/" + assetId.path() + "/files/", bucket, request);
        ObjectRef withPrefix = new ObjectRef(bucket, assetId.path() + "/" + ref.key());
        return files.serve(withPrefix, request.getHeader(HttpHeaders.RANGE));
    }
}
