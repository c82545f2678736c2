package org.avengine.transcode;

import tools.jackson.databind.JsonNode;

/**
 * A job changed state: the "MediaConvert Job State Change" event, as published in-process after it
 * was committed to the outbox. Delivered at least once; {@code eventId} tells repeats apart.
 *
 * @param status the event's {@code detail.status}: a job status or STATUS_UPDATE
 * @param event the whole event in EventBridge's shape
 */
public record JobStateChanged(String eventId, JobId jobId, String status, JsonNode event) {
}
