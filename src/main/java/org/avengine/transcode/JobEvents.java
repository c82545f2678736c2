package org.avengine.transcode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes job state-change events, in the EventBridge shape of AWS's "MediaConvert Job State
 * Change", to the outbox. Callers do it inside the transaction that changes the job. While sending
 * events to SQS is enabled, each event is also queued for {@link SqsEventSender} in that transaction.
 */
@Component
class JobEvents {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TranscodeProperties properties;
    private final SqsEventProperties sqs;

    JobEvents(JdbcClient jdbc, JsonMapper json, TranscodeProperties properties, SqsEventProperties sqs) {
        this.jdbc = jdbc;
        this.json = json;
        this.properties = properties;
        this.sqs = sqs;
    }

    /** Records the job's current status as an event. */
    void stateChanged(Job job, Instant now) {
        ObjectNode detail = detail(job, job.status().name(), now);
        if (job.status() == JobStatus.COMPLETE) {
            detail.set("outputGroupDetails", outputGroupDetails(job.outputGroups()));
        }
        if (job.status() == JobStatus.ERROR) {
            detail.put("errorCode", job.failure().code());
            detail.put("errorMessage", job.failure().message());
        }
        append(job, detail, now);
    }

    /** Records a STATUS_UPDATE with the job's progress. */
    void statusUpdate(Job job, JobPhase phase, int percent, Instant now) {
        ObjectNode detail = detail(job, "STATUS_UPDATE", now);
        ObjectNode progress = detail.putObject("jobProgress");
        progress.put("phaseProgress", percent);
        progress.put("jobPercentComplete", percent);
        progress.put("currentPhase", phase.name());
        progress.put("retryCount", job.retryCount());
        append(job, detail, now);
    }

    List<JsonNode> forJob(JobId id) {
        return jdbc.sql("SELECT payload FROM job_events WHERE job_id = :id ORDER BY seq")
                .param("id", id.value())
                .query((rs, n) -> json.readTree(rs.getString("payload")))
                .list();
    }

    ArrayNode outputGroupDetails(List<OutputGroupResult> groups) {
        return json.valueToTree(groups);
    }

    private ObjectNode detail(Job job, String status, Instant now) {
        ObjectNode detail = json.createObjectNode();
        detail.put("timestamp", now.toEpochMilli());
        detail.put("accountId", properties.accountId());
        detail.put("queue", properties.arn("queues", job.queue()));
        detail.put("jobId", job.id().value());
        detail.put("status", status);
        detail.set("userMetadata", json.valueToTree(job.request().userMetadata()));
        if (job.nodeId() != null) {
            detail.put("nodeId", job.nodeId());
        }
        return detail;
    }

    private void append(Job job, ObjectNode detail, Instant now) {
        String eventId = UUID.randomUUID().toString();
        ObjectNode event = json.createObjectNode();
        event.put("version", "0");
        event.put("id", eventId);
        event.put("detail-type", "MediaConvert Job State Change");
        event.put("source", "aws.mediaconvert");
        event.put("account", properties.accountId());
        event.put("time", now.toString());
        event.put("region", properties.region());
        event.putArray("resources").add(job.arn());
        event.set("detail", detail);
        jdbc.sql("""
                INSERT INTO job_events (event_id, job_id, status, payload, created_at)
                VALUES (:eventId, :jobId, :status, :payload, :createdAt)""")
                .param("eventId", eventId)
                .param("jobId", job.id().value())
                .param("status", detail.get("status").asString())
                .param("payload", json.writeValueAsString(event))
                .param("createdAt", now.toEpochMilli())
                .update();
        if (sqs.enabled()) {
            jdbc.sql("INSERT INTO job_event_sqs (event_id, attempts, next_attempt_at) VALUES (:eventId, 0, :now)")
                    .param("eventId", eventId).param("now", now.toEpochMilli()).update();
        }
    }
}
