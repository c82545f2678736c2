package org.avengine.transcode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Jobs in the database: the record of every job and, through {@link #claimNext}, the work queue. */
@Repository
class JobRepository {

    private static final String COLUMNS = """
            seq, id, arn, status, current_phase, percent_complete, queue, priority, request,
            created_at, started_at, finished_at, error_code, error_message, retry_count,
            output_group_details, node_id, retry_after, version""";

    private final JdbcClient jdbc;
    private final JobRowMapper rows;
    private final ClaimStatement claim;

    JobRepository(JdbcClient jdbc, JobRowMapper rows, ClaimStatement claim) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.claim = claim;
    }

    /** Stores a new job; false when a job with the same client request token already exists. */
    boolean insert(Job job, String clientRequestToken) {
        try {
            jdbc.sql("""
                    INSERT INTO jobs (id, arn, status, queue, priority, request, client_request_token, created_at)
                    VALUES (:id, :arn, :status, :queue, :priority, :request, :token, :createdAt)""")
                    .param("id", job.id().value())
                    .param("arn", job.arn())
                    .param("status", job.status().name())
                    .param("queue", job.queue())
                    .param("priority", job.priority())
                    .param("request", rows.requestJson(job.request()))
                    .param("token", clientRequestToken)
                    .param("createdAt", job.createdAt().toEpochMilli())
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            if (clientRequestToken != null && findByClientRequestToken(clientRequestToken).isPresent()) {
                return false;
            }
            throw e;
        }
    }

    Optional<Job> findById(JobId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM jobs WHERE id = :id")
                .param("id", id.value()).query(rows).optional();
    }

    Optional<Job> findByClientRequestToken(String token) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM jobs WHERE client_request_token = :token")
                .param("token", token).query(rows).optional();
    }

    /** One page of jobs in creation order, starting after the cursor; fetches one extra row to tell if more follow. */
    List<Job> page(JobQuery query) {
        String order = query.ascending() ? "ASC" : "DESC";
        StringBuilder where = new StringBuilder(query.ascending() ? "seq > :cursor" : "seq < :cursor");
        if (query.status() != null) {
            where.append(" AND status = :status");
        }
        if (query.queue() != null) {
            where.append(" AND queue = :queue");
        }
        var statement = jdbc.sql("SELECT " + COLUMNS + " FROM jobs WHERE " + where
                        + " ORDER BY seq " + order + " LIMIT :limit")
                .param("cursor", query.cursor())
                .param("limit", query.maxResults() + 1);
        if (query.status() != null) {
            statement = statement.param("status", query.status().name());
        }
        if (query.queue() != null) {
            statement = statement.param("queue", query.queue());
        }
        return statement.query(rows).list();
    }

    long sequenceOf(JobId id) {
        return jdbc.sql("SELECT seq FROM jobs WHERE id = :id").param("id", id.value()).query(Long.class).single();
    }

    /** Writes a job's state if nobody changed it since it was read; false when somebody did. */
    boolean save(Job job) {
        JobFailure failure = job.failure();
        int updated = jdbc.sql("""
                UPDATE jobs SET status = :status, current_phase = :phase, percent_complete = :percent,
                       finished_at = :finishedAt, error_code = :errorCode, error_message = :errorMessage,
                       retry_count = :retryCount, output_group_details = :outputs, node_id = :nodeId,
                       retry_after = :retryAfter,
                       lease_token = CASE WHEN :status = 'PROGRESSING' THEN lease_token END,
                       lease_expires_at = CASE WHEN :status = 'PROGRESSING' THEN lease_expires_at END,
                       version = version + 1
                WHERE id = :id AND version = :version""")
                .param("status", job.status().name())
                .param("phase", job.phase() == null ? null : job.phase().name())
                .param("percent", job.percentComplete())
                .param("finishedAt", job.finishedAt() == null ? null : job.finishedAt().toEpochMilli())
                .param("errorCode", failure == null ? null : failure.code())
                .param("errorMessage", failure == null ? null : failure.message())
                .param("retryCount", job.retryCount())
                .param("outputs", rows.outputsJson(job.outputGroups()))
                .param("nodeId", job.nodeId())
                .param("retryAfter", job.retryAfter() == null ? null : job.retryAfter().toEpochMilli())
                .param("id", job.id().value())
                .param("version", job.version())
                .update();
        return updated == 1;
    }

    /** Claims the most urgent SUBMITTED job for this node: the move to PROGRESSING. */
    Optional<Job> claimNext(String nodeId, String leaseToken, Instant now, Instant leaseUntil) {
        int claimed = claim.execute(nodeId, leaseToken, now, leaseUntil);
        if (claimed == 0) {
            return Optional.empty();
        }
        // The claim saw the end of the job whose place it took; a start stamped after the claim
        // (not when the worker began to ask) can never come before that end.
        jdbc.sql("UPDATE jobs SET started_at = :started WHERE lease_token = :token")
                .param("started", System.currentTimeMillis())
                .param("token", leaseToken).update();
        return jdbc.sql("SELECT " + COLUMNS + " FROM jobs WHERE lease_token = :token")
                .param("token", leaseToken).query(rows).optional();
    }

    /**
     * Extends a running job's lease and records its progress. False when the lease is no longer
     * this worker's: the job was canceled, or it was re-queued after the lease expired.
     */
    boolean heartbeat(JobId id, String leaseToken, JobPhase phase, int percent, Instant leaseUntil) {
        return jdbc.sql("""
                UPDATE jobs SET current_phase = :phase, percent_complete = :percent,
                       lease_expires_at = :until, version = version + 1
                WHERE id = :id AND lease_token = :token AND status = 'PROGRESSING'""")
                .param("phase", phase.name())
                .param("percent", percent)
                .param("until", leaseUntil.toEpochMilli())
                .param("id", id.value())
                .param("token", leaseToken)
                .update() == 1;
    }

    /** Whether this worker still holds the job (its lease token is current). */
    boolean holdsLease(JobId id, String leaseToken) {
        return jdbc.sql("SELECT COUNT(*) FROM jobs WHERE id = :id AND lease_token = :token AND status = 'PROGRESSING'")
                .param("id", id.value()).param("token", leaseToken).query(Integer.class).single() == 1;
    }

    /** Whether a worker, on any node, holds a live lease on the job whose lease token starts so. */
    boolean leaseLive(String jobId, String leaseTokenPrefix, Instant now) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM jobs WHERE id = :id AND status = 'PROGRESSING'
                  AND lease_token LIKE :prefix AND lease_expires_at >= :now""")
                .param("id", jobId).param("prefix", leaseTokenPrefix + "%").param("now", now.toEpochMilli())
                .query(Integer.class).single() > 0;
    }

    List<Job> withExpiredLease(Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM jobs WHERE status = 'PROGRESSING' AND lease_expires_at < :now")
                .param("now", now.toEpochMilli()).query(rows).list();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
