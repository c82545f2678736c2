package org.avengine.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * A {@code 206 multipart/byteranges} body (RFC 9110 §14.6): one part per range, each with its
 * {@code Content-Type} and {@code Content-Range}, the bytes streamed from the store part by part.
 * Its length is known before the first byte is written.
 */
record MultipartRanges(String boundary, String partType, long size, List<ByteRange> ranges) {

    /** Opens {@code length} bytes of the object from {@code offset}. */
    interface Source {
        InputStream open(long offset, long length) throws IOException;
    }

    static MultipartRanges of(String partType, long size, List<ByteRange> ranges) {
        return new MultipartRanges(UUID.randomUUID().toString().replace("-", ""), partType, size, List.copyOf(ranges));
    }

    String contentType() {
        return "multipart/byteranges; boundary=" + boundary;
    }

    long contentLength() {
        long length = closing().length;
        for (ByteRange range : ranges) {
            length += header(range).length + range.length();
        }
        return length;
    }

    void write(OutputStream out, Source source) throws IOException {
        for (ByteRange range : ranges) {
            out.write(header(range));
            try (InputStream in = source.open(range.first(), range.length())) {
                in.transferTo(out);
            }
        }
        out.write(closing());
    }

    private byte[] header(ByteRange range) {
        return ("\r\n--" + boundary + "\r\nContent-Type: " + partType + "\r\nContent-Range: " + range.contentRange(size) + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private byte[] closing() {
        return ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    }
}
