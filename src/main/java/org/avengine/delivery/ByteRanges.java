package org.avengine.delivery;

import java.util.ArrayList;
import java.util.List;

/**
 * The ranges of a {@code Range: bytes=a-b, c-d, -n} header (RFC 9110 §14.1.2) in an object of a
 * given size, in the order asked. The whole object is sent (an empty list) for no header, a malformed
 * one, or one asking for more than {@code max} ranges; ranges wholly beyond the end are dropped, and
 * when none is left the answer is 416.
 */
final class ByteRanges {

    private ByteRanges() {
    }

    /** @throws ByteRange.Unsatisfiable when every range asked lies beyond the end */
    static List<ByteRange> parse(String header, long size, int max) {
        if (header == null || !header.strip().startsWith("bytes=")) {
            return List.of();
        }
        String[] specs = header.strip().substring("bytes=".length()).split(",", -1);
        if (specs.length > max) {
            return List.of();
        }
        List<ByteRange> ranges = new ArrayList<>();
        for (String spec : specs) {
            try {
                ByteRange range = ByteRange.parse("bytes=" + spec.strip(), size);
                if (range == null) {
                    return List.of();
                }
                ranges.add(range);
            } catch (ByteRange.Unsatisfiable e) {
                // RFC 9110: a range beyond the end is left out; 416 only when none is satisfiable
            }
        }
        if (ranges.isEmpty()) {
            throw new ByteRange.Unsatisfiable();
        }
        return ranges;
    }
}
