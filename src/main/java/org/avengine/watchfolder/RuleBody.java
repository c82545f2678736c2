package org.avengine.watchfolder;

/**
 * A watch rule as written in configuration or sent to the API. Exactly one action: {@code policy}
 * (with {@code customer} and {@code space}: register an engine asset), {@code jobTemplate} (a
 * transcode job from that template) or {@code jobFiles: true} (each object is a job file).
 *
 * @param prefix {@code s3://bucket/folder/}: what is watched, at any depth
 * @param pattern the key below the bucket with {@code {entityId}} and {@code {file}}; default {@code {prefix key}{file}}
 * @param mediaType the media type of every file; default guessed from the file's extension
 */
record RuleBody(String name, String prefix, String pattern, Integer customer, Integer space, String policy,
        String mediaType, String jobTemplate, Boolean jobFiles) {

    RuleBody named(String newName, Integer newCustomer) {
        return new RuleBody(newName, prefix, pattern, newCustomer, space, policy, mediaType, jobTemplate, jobFiles);
    }
}
