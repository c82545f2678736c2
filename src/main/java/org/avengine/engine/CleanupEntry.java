package org.avengine.engine;

import org.avengine.storage.ObjectRef;

/**
 * One deletion owed to the object store: the object {@code ref}, or with {@code prefix} every object
 * whose key starts with {@code ref.key()} (a folder such as an HLS transcode's, ending in {@code /}).
 */
record CleanupEntry(ObjectRef ref, boolean prefix) {

    CleanupEntry {
        if (prefix && !ref.key().endsWith("/")) {
            throw new IllegalArgumentException("A prefix to delete ends with '/', so it names one folder: " + ref);
        }
    }

    static CleanupEntry object(ObjectRef ref) {
        return new CleanupEntry(ref, false);
    }

    static CleanupEntry folder(ObjectRef ref) {
        return new CleanupEntry(ref, true);
    }

    @Override
    public String toString() {
        return prefix ? ref + "*" : ref.toString();
    }
}
