package org.avengine.delivery;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.avengine.engine.AssetDeliveries;
import org.avengine.engine.AssetId;
import org.avengine.engine.NotFoundException;
import org.avengine.storage.ObjectRef;
import org.avengine.storage.ObjectStore;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET/HEAD /iiif-av/{c}/{s}/{id}/{path}}: a transcode's bytes ({@link TranscodeBodies}, never
 * buffered whole), with {@code Range} (206, several ranges as {@code multipart/byteranges}, 416),
 * {@code Accept-Ranges}, {@code ETag}, {@code Last-Modified} and {@code If-None-Match}. The path is
 * looked up in the asset's AVTranscodes. A private space's assets need its customer's key or the admin
 * credential (HTTP Basic). With {@code avengine.delivery.s3.redirect}, a GET of an S3-stored transcode
 * is answered, after those checks, with 302 to a presigned URL instead.
 */
@RestController
class IiifAvApi {

    private final AssetDeliveries assets;
    private final ObjectStore store;
    private final TranscodeBodies bodies;
    private final Ways ways;

    IiifAvApi(AssetDeliveries assets, ObjectStore store, TranscodeBodies bodies, Ways ways) {
        this.assets = assets;
        this.store = store;
        this.bodies = bodies;
        this.ways = ways;
    }

    /** The ways a request can be answered besides streaming: a redirect, and how many ranges at most. */
    @Component
    record Ways(S3Redirects redirects, DeliveryProperties properties) {
    }

    @GetMapping("/iiif-av/{customer}/{space}/{id}/**")
    ResponseEntity<StreamingResponseBody> get(@PathVariable int customer, @PathVariable int space, @PathVariable String id,
            @RequestHeader(value = HttpHeaders.RANGE, required = false) String range,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            HttpServletRequest request) {
        DeliveredFile file = find(new AssetId(customer, space, id), request.getRequestURI(), authorization);
        ObjectRef ref = ObjectRef.parse(file.transcode().location());
        var redirect = ways.redirects().target(request.getMethod(), ref);
        if (redirect.isPresent()) {
            return ResponseEntity.status(HttpStatus.FOUND).location(redirect.get()).cacheControl(CacheControl.noStore()).build();
        }
        if (ifNoneMatch != null && ifNoneMatch.contains(file.eTag())) {
            return headers(ResponseEntity.status(HttpStatus.NOT_MODIFIED), file).build();
        }
        long size = file.info().size();
        List<ByteRange> wanted;
        try {
            wanted = ByteRanges.parse(range, size, ways.properties().maxRanges());
        } catch (ByteRange.Unsatisfiable e) {
            return headers(ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE), file)
                    .header(HttpHeaders.CONTENT_RANGE, "bytes */" + size).build();
        }
        return ranges(file, ref, wanted, request);
    }

    private ResponseEntity<StreamingResponseBody> ranges(DeliveredFile file, ObjectRef ref, List<ByteRange> wanted,
            HttpServletRequest request) {
        long size = file.info().size();
        if (wanted.isEmpty()) {
            return headers(ResponseEntity.ok(), file).contentLength(size).body(bodies.of(ref, 0, size, request));
        }
        if (wanted.size() == 1) {
            ByteRange one = wanted.get(0);
            return headers(ResponseEntity.status(HttpStatus.PARTIAL_CONTENT), file).contentLength(one.length())
                    .header(HttpHeaders.CONTENT_RANGE, one.contentRange(size)).body(bodies.of(ref, one.first(), one.length(), request));
        }
        MultipartRanges parts = MultipartRanges.of(file.transcode().mediaType(), size, wanted);
        return headers(ResponseEntity.status(HttpStatus.PARTIAL_CONTENT), file).contentLength(parts.contentLength())
                .contentType(MediaType.parseMediaType(parts.contentType())).body(bodies.of(ref, parts, request));
    }

    private DeliveredFile find(AssetId id, String uri, String authorization) {
        String prefix = "/iiif-av/" + id.path() + "/";
        String path = uri.substring(uri.indexOf(prefix) + prefix.length());
        var asset = assets.find(id, authorization)
                .orElseThrow(() -> new NotFoundException("No asset " + id));
        var transcode = asset.transcodes().stream().filter(t -> t.deliveryPath(id).equals(path)).findFirst()
                .orElseThrow(() -> new NotFoundException("Asset " + id + " has no transcode at " + path));
        var info = store.stat(ObjectRef.parse(transcode.location()))
                .orElseThrow(() -> new NotFoundException("The transcode " + path + " of asset " + id + " is not stored"));
        return new DeliveredFile(transcode, info);
    }

    private static ResponseEntity.BodyBuilder headers(ResponseEntity.BodyBuilder builder, DeliveredFile file) {
        return builder.header(HttpHeaders.ACCEPT_RANGES, "bytes").eTag(file.eTag())
                .lastModified(file.info().lastModified())
                .contentType(MediaType.parseMediaType(file.transcode().mediaType()));
    }
}
