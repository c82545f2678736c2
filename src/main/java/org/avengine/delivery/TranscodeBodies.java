package org.avengine.delivery;

import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import org.avengine.storage.ObjectRef;
import org.avengine.storage.ObjectStore;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The bytes of a transcode as a response body, never buffered whole. A file of the local store is
 * handed to the servlet container's sendfile where it offers it (Tomcat's NIO connector: the kernel
 * copies file to socket, the body is null here); otherwise, and for S3, the bytes are streamed from
 * {@link ObjectStore#open} through a small buffer.
 */
@Component
class TranscodeBodies {

    private static final String SENDFILE = "org.apache.tomcat.sendfile.";

    private final ObjectStore store;

    TranscodeBodies(ObjectStore store) {
        this.store = store;
    }

    /** {@code length} bytes of {@code ref} from {@code offset}; nothing for HEAD; null when the container sends the file itself. */
    StreamingResponseBody of(ObjectRef ref, long offset, long length, HttpServletRequest request) {
        if ("HEAD".equals(request.getMethod())) {
            return out -> { };
        }
        if (Boolean.TRUE.equals(request.getAttribute(SENDFILE + "support"))) {
            var file = store.localFile(ref);
            if (file.isPresent()) {
                request.setAttribute(SENDFILE + "filename", file.get().toAbsolutePath().toString());
                request.setAttribute(SENDFILE + "start", offset);
                request.setAttribute(SENDFILE + "end", offset + length);
                return null;
            }
        }
        return out -> {
            try (InputStream in = store.open(ref, offset, length)) {
                in.transferTo(out);
            }
        };
    }

    /** Several ranges of {@code ref} as one multipart body, streamed part by part; nothing for HEAD. */
    StreamingResponseBody of(ObjectRef ref, MultipartRanges parts, HttpServletRequest request) {
        if ("HEAD".equals(request.getMethod())) {
            return out -> { };
        }
        return out -> parts.write(out, (offset, length) -> store.open(ref, offset, length));
    }
}
