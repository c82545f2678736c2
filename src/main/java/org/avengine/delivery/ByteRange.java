package org.avengine.delivery;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of an object, from a {@code Range: bytes=...} header (RFC 9110 §14.1.2): {@code a-b},
 * {@code a-} or the suffix {@code -n}. Several ranges in one header are answered with the whole object.
 */
record ByteRange(long first, long last) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    long length() {
        return last - first + 1;
    }

    String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    /**
     * The range a header asks for in an object of {@code size} bytes: null for the whole object (no
     * header, or one this server answers in full), and {@link Unsatisfiable} when nothing of it is there.
     */
    static ByteRange parse(String header, long size) {
        if (header == null) {
            return null;
        }
        Matcher m = SINGLE.matcher(header.strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return null;
        }
        try {
            return resolve(m.group(1), m.group(2), size);
        } catch (NumberFormatException e) {
            throw new Unsatisfiable();
        }
    }

    private static ByteRange resolve(String from, String to, long size) {
        if (from.isEmpty()) {
            long suffix = Long.parseLong(to);
            if (suffix == 0 || size == 0) {
                throw new Unsatisfiable();
            }
            return new ByteRange(Math.max(0, size - suffix), size - 1);
        }
        long first = Long.parseLong(from);
        if (!to.isEmpty() && Long.parseLong(to) < first) {
            return null;
        }
        if (first >= size) {
            throw new Unsatisfiable();
        }
        long last = to.isEmpty() ? size - 1 : Math.min(Long.parseLong(to), size - 1);
        return new ByteRange(first, last);
    }

    /** The range lies wholly beyond the object: 416. */
    static final class Unsatisfiable extends RuntimeException {
        Unsatisfiable() {
            super("Range not satisfiable", null, false, false);
        }
    }
}
