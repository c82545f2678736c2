package org.avengine.ui;

import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.avengine.storage.ObjectInfo;
import org.avengine.storage.ObjectRef;
import org.avengine.storage.ObjectStore;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Streams an object of the store to the browser, whole or one byte range ({@code Range: bytes=a-b},
 * {@code a-}, {@code -n}), so that players can seek. Callers have checked that the viewer may read it.
 */
@Component
class StoredFiles {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("mp4", "video/mp4"),
            Map.entry("m4v", "video/mp4"), Map.entry("mov", "video/quicktime"), Map.entry("webm", "video/webm"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("m4a", "audio/mp4"), Map.entry("aac", "audio/aac"),
            Map.entry("m3u8", "application/vnd.apple.mpegurl"), Map.entry("mpd", "application/dash+xml"),
            Map.entry("ts", "video/mp2t"), Map.entry("m4s", "video/iso.segment"), Map.entry("webp", "image/webp"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"), Map.entry("ogg", "audio/ogg"), Map.entry("opus", "audio/ogg"));

    private final ObjectStore store;

    StoredFiles(ObjectStore store) {
        this.store = store;
    }

    ResponseEntity<StreamingResponseBody> serve(ObjectRef ref, String range) {
        ObjectInfo info = store.stat(ref).orElseThrow(() -> new PageNotFoundException("No file " + ref));
        long size = info.size();
        long start = 0;
        long end = size - 1;
        HttpStatus status = HttpStatus.OK;
        Matcher m = range == null ? null : RANGE.matcher(range.strip());
        if (m != null && m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty())) {
            if (m.group(1).isEmpty()) {
                start = Math.max(0, size - Long.parseLong(m.group(2)));
            } else {
                start = Long.parseLong(m.group(1));
                end = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
            }
            if (start >= size || start > end) {
                return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                        .header(HttpHeaders.CONTENT_RANGE, "bytes */" + size).build();
            }
            status = HttpStatus.PARTIAL_CONTENT;
        }
        long from = start;
        long length = end - start + 1;
        StreamingResponseBody body = out -> {
            try (InputStream in = store.open(ref, from, length)) {
                in.transferTo(out);
            }
        };
        var response = ResponseEntity.status(status).header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.CONTENT_TYPE, contentType(ref, info)).header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .header(HttpHeaders.ETAG, "\"" + info.eTag() + "\"").contentLength(length);
        if (status == HttpStatus.PARTIAL_CONTENT) {
            response.header(HttpHeaders.CONTENT_RANGE, "bytes " + start + "-" + end + "/" + size);
        }
        return response.body(body);
    }

    static String contentType(ObjectRef ref, ObjectInfo info) {
        String name = ref.fileName();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String known = TYPES.get(ext);
        return known != null ? known : info.contentType() != null ? info.contentType() : "application/octet-stream";
    }
}
