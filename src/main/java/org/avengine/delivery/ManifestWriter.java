package org.avengine.delivery;

import java.util.List;

import org.avengine.engine.DeliverableAsset;
import org.avengine.engine.Transcode;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An asset as a IIIF Presentation 3 manifest: one canvas with the asset's duration (and size, for
 * video) painted by one {@code Video}/{@code Sound} body, or by a {@code Choice} of every transcode
 * (an HLS ladder as a body of format {@code application/vnd.apple.mpegurl} whose id is its multivariant
 * playlist); image transcodes (posters) become the manifest's thumbnail.
 */
@Component
class ManifestWriter {

    private static final String CONTEXT = "http://iiif.io/api/presentation/3/context.json";

    private final JsonMapper json;

    ManifestWriter(JsonMapper json) {
        this.json = json;
    }

    ObjectNode manifest(DeliverableAsset asset, String baseUrl) {
        String id = baseUrl + "/iiif-manifest/" + asset.id().path();
        ObjectNode manifest = json.createObjectNode();
        manifest.put("@context", CONTEXT).put("id", id).put("type", "Manifest");
        manifest.set("label", label(asset.id().id()));
        List<Transcode> media = asset.transcodes().stream().filter(t -> !t.mediaType().startsWith("image/")).toList();
        List<Transcode> images = asset.transcodes().stream().filter(t -> t.mediaType().startsWith("image/")).toList();
        if (!images.isEmpty()) {
            ArrayNode thumbnail = manifest.putArray("thumbnail");
            images.forEach(t -> thumbnail.add(resource(asset, t, baseUrl, "Image")));
        }
        manifest.putArray("items").add(canvas(asset, media, id, baseUrl));
        return manifest;
    }

    private ObjectNode canvas(DeliverableAsset asset, List<Transcode> media, String manifestId, String baseUrl) {
        String canvasId = manifestId + "/canvas/c/1";
        ObjectNode canvas = json.createObjectNode().put("id", canvasId).put("type", "Canvas");
        if (asset.width() != null && asset.height() != null) {
            canvas.put("width", asset.width()).put("height", asset.height());
        }
        if (asset.durationMs() != null) {
            canvas.put("duration", asset.durationMs() / 1000.0);
        }
        ObjectNode annotation = json.createObjectNode().put("id", canvasId + "/page/1/annotation/1")
                .put("type", "Annotation").put("motivation", "painting").put("target", canvasId);
        annotation.set("body", body(asset, media, baseUrl));
        ObjectNode page = json.createObjectNode().put("id", canvasId + "/page/1").put("type", "AnnotationPage");
        page.putArray("items").add(annotation);
        canvas.putArray("items").add(page);
        return canvas;
    }

    private ObjectNode body(DeliverableAsset asset, List<Transcode> media, String baseUrl) {
        if (media.size() == 1) {
            return resource(asset, media.get(0), baseUrl, type(media.get(0)));
        }
        ObjectNode choice = json.createObjectNode().put("type", "Choice");
        ArrayNode items = choice.putArray("items");
        media.forEach(t -> items.add(resource(asset, t, baseUrl, type(t))));
        return choice;
    }

    private ObjectNode resource(DeliverableAsset asset, Transcode t, String baseUrl, String type) {
        ObjectNode node = json.createObjectNode()
                .put("id", baseUrl + "/iiif-av/" + asset.id().path() + "/" + t.deliveryPath(asset.id()))
                .put("type", type).put("format", t.mediaType());
        if (t.width() != null && t.height() != null) {
            node.put("width", t.width()).put("height", t.height());
        }
        if (t.durationMs() != null && !"Image".equals(type)) {
            node.put("duration", t.durationMs() / 1000.0);
        }
        node.set("label", label(t.preset()));
        return node;
    }

    /** Audio files are sounds; an HLS ladder is a video when it has a picture size, else a sound. */
    private static String type(Transcode t) {
        boolean sound = t.mediaType().startsWith("audio/") || t.isStreaming() && t.width() == null;
        return sound ? "Sound" : "Video";
    }

    private ObjectNode label(String text) {
        ObjectNode label = json.createObjectNode();
        label.putArray("none").add(text);
        return label;
    }
}
