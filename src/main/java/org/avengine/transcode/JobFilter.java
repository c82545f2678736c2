package org.avengine.transcode;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Which jobs to find, for people browsing them; every criterion may be null.
 *
 * @param createdFrom jobs created at or after this instant
 * @param createdBefore jobs created before this instant
 * @param text a job id, or text found (ignoring case) in a value of the job's {@code userMetadata}
 * @param dlcsIdPrefix only jobs whose {@code userMetadata.dlcsId} starts with this ({@code "7/"}: customer 7's)
 * @param limit the most jobs to return, newest first
 */
public record JobFilter(JobStatus status, String queue, Instant createdFrom, Instant createdBefore, String text,
        String dlcsIdPrefix, int limit) {

    boolean matches(Job job) {
        Map<String, String> metadata = job.request().userMetadata();
        if (dlcsIdPrefix != null && !metadata.getOrDefault("dlcsId", "").startsWith(dlcsIdPrefix)) {
            return false;
        }
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return job.id().value().toLowerCase(Locale.ROOT).equals(needle)
                || metadata.values().stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(needle));
    }
}
