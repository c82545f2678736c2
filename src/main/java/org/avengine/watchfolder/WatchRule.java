package org.avengine.watchfolder;

import org.avengine.storage.ObjectRef;

/**
 * A checked watch rule.
 *
 * @param customer the customer it belongs to; null for an administrator's rule
 * @param fromConfiguration whether it comes from {@code avengine.watchfolder.rules}, which the API cannot change
 */
record WatchRule(String name, ObjectRef prefix, KeyPattern pattern, Integer customer, RuleBody body, boolean fromConfiguration) {

    static final String PROCESSED = "processed/";
    static final String FAILED = "failed/";

    /** What a rule does with each file. */
    enum Kind {
        /** Registers an engine asset with the rule's policy. */
        ASSET,
        /** Creates a transcode job from the rule's job template. */
        TEMPLATE,
        /** Reads the file as a MediaConvert job file and creates that job. */
        JOB_FILE
    }

    Kind kind() {
        if (body.policy() != null) {
            return Kind.ASSET;
        }
        return body.jobTemplate() != null ? Kind.TEMPLATE : Kind.JOB_FILE;
    }

    /** Whether the key lies in the rule's {@code processed/} or {@code failed/} folder. */
    boolean isMovedKey(String key) {
        return key.startsWith(prefix.key() + PROCESSED) || key.startsWith(prefix.key() + FAILED);
    }
}
