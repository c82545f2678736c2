package org.avengine.storage;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The address of an object in the configured {@link ObjectStore}: {@code s3://bucket/key}.
 *
 * <p>Buckets follow S3's naming rules (3–63 characters of lower-case letters, digits, dots and
 * hyphens, starting and ending with a letter or digit). Keys are non-empty, at most 1024 bytes, do
 * not start with {@code /} and have no empty (except a trailing one, for prefixes), {@code .} or
 * {@code ..} segments, so every key maps to exactly one file in the local store.
 */
public record ObjectRef(String bucket, String key) {

    static final String SCHEME = "s3://";
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final int MAX_KEY_BYTES = 1024;

    public ObjectRef {
        checkBucket(bucket);
        checkKey(key);
    }

    /** Parses {@code s3://bucket/key}; the key is taken as written, without percent-decoding. */
    public static ObjectRef parse(String location) {
        if (location == null || !location.startsWith(SCHEME)) {
            throw new IllegalArgumentException("Not an s3:// location: " + location);
        }
        String rest = location.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("No key after the bucket in " + location);
        }
        return new ObjectRef(rest.substring(0, slash), rest.substring(slash + 1));
    }

    /** The object {@code name} below this one, joined with {@code /} unless this key already ends with one. */
    public ObjectRef resolve(String name) {
        return new ObjectRef(bucket, key.endsWith("/") ? key + name : key + "/" + name);
    }

    /** The last segment of the key (the text after the last {@code /}, which may be empty for a prefix). */
    public String fileName() {
        return key.substring(key.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return SCHEME + bucket + "/" + key;
    }

    private static void checkBucket(String bucket) {
        if (bucket == null || !BUCKET.matcher(bucket).matches() || bucket.contains("..")) {
            throw new IllegalArgumentException("Invalid bucket name '" + bucket
                    + "': use 3-63 lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit");
        }
    }

    private static void checkKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("Object key must not be empty");
        }
        if (key.startsWith("/") || key.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("Invalid object key '" + key + "': it must not start with '/' or contain NUL");
        }
        if (key.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            throw new IllegalArgumentException("Object key longer than " + MAX_KEY_BYTES + " bytes: " + key);
        }
        String[] segments = key.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            boolean trailing = i == segments.length - 1;
            if (s.equals(".") || s.equals("..") || (s.isEmpty() && !trailing)) {
                throw new IllegalArgumentException("Invalid object key '" + key + "': no empty, '.' or '..' segments");
            }
        }
    }
}
