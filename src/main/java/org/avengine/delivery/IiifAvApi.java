package org.avengine.delivery;

import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import org.avengine.engine.AssetDeliveries;
import org.avengine.engine.AssetId;
import org.avengine.engine.NotFoundException;
import org.avengine.storage.ObjectRef;
import org.avengine.storage.ObjectStore;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET/HEAD /iiif-av/{c}/{s}/{id}/{path}}: a transcode's bytes, streamed from the object store
 * ({@link ObjectStore#open} with the range's offset and length, never buffered whole), with
 * {@code Range} (206, 416), {@code Accept-Ranges}, {@code ETag}, {@code Last-Modified} and
 * {@code If-None-Match}. The path is looked up in the asset's AVTranscodes; the media playlists and
 * segments of an HLS transcode are served from its folder, typed by their extension. A private
 * space's assets need its customer's key or the admin credential (HTTP Basic).
 */
@RestController
class IiifAvApi {

    private final AssetDeliveries assets;
    private final ObjectStore store;

    IiifAvApi(AssetDeliveries assets, ObjectStore store) {
        this.assets = assets;
        this.store = store;
    }

    @GetMapping("/iiif-av/{customer}/{space}/{id}/**")
    ResponseEntity<StreamingResponseBody> get(@PathVariable int customer, @PathVariable int space, @PathVariable String id,
            @RequestHeader(value = HttpHeaders.RANGE, required = false) String range,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            HttpServletRequest request) {
        DeliveredFile file = find(new AssetId(customer, space, id), request.getRequestURI(), authorization);
        long size = file.info().size();
        if (ifNoneMatch != null && ifNoneMatch.contains(file.eTag())) {
            return headers(ResponseEntity.status(HttpStatus.NOT_MODIFIED), file).build();
        }
        ByteRange wanted;
        try {
            wanted = ByteRange.parse(range, size);
        } catch (ByteRange.Unsatisfiable e) {
            return headers(ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE), file)
                    .header(HttpHeaders.CONTENT_RANGE, "bytes */" + size).build();
        }
        ObjectRef ref = file.ref();
        if (wanted == null) {
            return headers(ResponseEntity.ok(), file).contentLength(size).body(body(ref, 0, size, request));
        }
        return headers(ResponseEntity.status(HttpStatus.PARTIAL_CONTENT), file).contentLength(wanted.length())
                .header(HttpHeaders.CONTENT_RANGE, wanted.contentRange(size))
                .body(body(ref, wanted.first(), wanted.length(), request));
    }

    private DeliveredFile find(AssetId id, String uri, String authorization) {
        String prefix = "/iiif-av/" + id.path() + "/";
        String path = uri.substring(uri.indexOf(prefix) + prefix.length());
        var asset = assets.find(id, authorization)
                .orElseThrow(() -> new NotFoundException("No asset " + id));
        var file = asset.file(path)
                .orElseThrow(() -> new NotFoundException("Asset " + id + " has no transcode at " + path));
        ObjectRef ref = ObjectRef.parse(file.location());
        var info = store.stat(ref)
                .orElseThrow(() -> new NotFoundException("The transcode " + path + " of asset " + id + " is not stored"));
        return new DeliveredFile(ref, file.mediaType(), info);
    }

    private static ResponseEntity.BodyBuilder headers(ResponseEntity.BodyBuilder builder, DeliveredFile file) {
        return builder.header(HttpHeaders.ACCEPT_RANGES, "bytes").eTag(file.eTag())
                .lastModified(file.info().lastModified())
                .contentType(MediaType.parseMediaType(file.mediaType()));
    }

    /** The bytes, streamed while the response is written; nothing for HEAD. */
    private StreamingResponseBody body(ObjectRef ref, long offset, long length, HttpServletRequest request) {
        if ("HEAD".equals(request.getMethod())) {
            return out -> { };
        }
        return out -> {
            try (InputStream in = store.open(ref, offset, length)) {
                in.transferTo(out);
            }
        };
    }
}
