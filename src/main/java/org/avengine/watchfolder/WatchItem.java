package org.avengine.watchfolder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.avengine.storage.ObjectRef;

/**
 * One version of one file a rule took.
 *
 * @param id derived from rule, key and version: the same file version has the same id on every node
 * @param prefixKey the rule's prefix when the file was taken, under which it moves
 */
record WatchItem(String id, String rule, String bucket, String prefixKey, String key, String version, String entity,
        ItemState state, String assetId, String jobId, String reason, Integer errorCode, String error, long createdAt) {

    ObjectRef ref() {
        return new ObjectRef(bucket, key);
    }

    /** Where the file goes once its work ended: {@code {prefix}processed/...} or {@code {prefix}failed/...}. */
    ObjectRef movedRef() {
        String folder = state == ItemState.FAILED ? WatchRule.FAILED : WatchRule.PROCESSED;
        return new ObjectRef(bucket, prefixKey + folder + key.substring(prefixKey.length()));
    }

    static String idOf(String rule, String key, String version) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((rule + "\n" + key + "\n" + version).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where an item is. */
    enum ItemState {
        /** A node took the file and is starting its work. */
        CLAIMED,
        /** Its asset was registered or its job created. */
        SUBMITTED,
        /** Its asset finished or its job completed. */
        PROCESSED,
        /** It could not be started, or its asset or job ended with an error. */
        FAILED,
        /** A newer version of the same key finished and replaced its asset. */
        SUPERSEDED
    }
}
