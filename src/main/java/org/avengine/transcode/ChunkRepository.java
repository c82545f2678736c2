package org.avengine.transcode;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tasks of chunked jobs in the database: made by a job's coordinator, claimed, heart-beaten and
 * finished by any node's {@link ChunkWorker}. A task's run only counts while its row is RUNNING
 * under that run's lease token and its job attempt still holds the job.
 */
@Repository
class ChunkRepository {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final String JOB_HELD = """
            EXISTS (SELECT 1 FROM jobs j WHERE j.id = job_chunks.job_id AND j.status = 'PROGRESSING'
                    AND j.lease_token = job_chunks.job_lease)""";
    private static final String FAIL = """
            UPDATE job_chunks SET status = CASE WHEN retry_count < :max THEN 'QUEUED' ELSE 'FAILED' END,
                   retry_count = CASE WHEN retry_count < :max THEN retry_count + 1 ELSE retry_count END,
                   error_code = :code, error_message = :message, node_id = NULL, lease_token = NULL,
                   lease_expires_at = NULL
            WHERE status = 'RUNNING' AND """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ChunkClaimStatement claim;

    ChunkRepository(JdbcClient jdbc, JsonMapper json, ChunkClaimStatement claim) {
        this.jdbc = jdbc;
        this.json = json;
        this.claim = claim;
    }

    void insert(JobId job, String jobLease, String inputLocation, List<ChunkTask> tasks, Instant now) {
        for (ChunkTask task : tasks) {
            jdbc.sql("""
                    INSERT INTO job_chunks (job_id, job_lease, idx, kind, status, input_location, arguments, outputs,
                                            media_seconds, created_at)
                    VALUES (:job, :lease, :idx, :kind, 'QUEUED', :input, :arguments, :outputs, :seconds, :now)""")
                    .param("job", job.value()).param("lease", jobLease).param("idx", task.index())
                    .param("kind", task.kind().name()).param("input", inputLocation)
                    .param("arguments", json.writeValueAsString(task.arguments()))
                    .param("outputs", json.writeValueAsString(task.outputs()))
                    .param("seconds", task.mediaSeconds()).param("now", now.toEpochMilli())
                    .update();
        }
    }

    /** Ends the unfinished tasks of the job's attempts (all of them, or all but {@code keepLease}'s). */
    void abandon(JobId job, String keepLease) {
        jdbc.sql("""
                UPDATE job_chunks SET status = 'ABANDONED', lease_token = NULL, lease_expires_at = NULL
                WHERE job_id = :job AND job_lease <> :keep AND status IN ('QUEUED', 'RUNNING')""")
                .param("job", job.value()).param("keep", keepLease == null ? "" : keepLease).update();
    }

    List<ChunkState> states(JobId job, String jobLease) {
        return jdbc.sql("""
                SELECT idx, status, percent, media_seconds, retry_count, error_code, error_message FROM job_chunks
                WHERE job_id = :job AND job_lease = :lease ORDER BY idx""")
                .param("job", job.value()).param("lease", jobLease)
                .query((rs, n) -> new ChunkState(rs.getInt("idx"), rs.getString("status"), rs.getInt("percent"),
                        rs.getDouble("media_seconds"), rs.getInt("retry_count"),
                        (Integer) rs.getObject("error_code", Integer.class), rs.getString("error_message")))
                .list();
    }

    Optional<ClaimedChunk> claimNext(String nodeId, String leaseToken, Instant leaseUntil) {
        if (claim.execute(nodeId, leaseToken, leaseUntil) == 0) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT seq, job_id, job_lease, idx, input_location, arguments, outputs, media_seconds, retry_count
                FROM job_chunks WHERE lease_token = :token""")
                .param("token", leaseToken)
                .query((rs, n) -> new ClaimedChunk(rs.getLong("seq"), rs.getString("job_id"), rs.getString("job_lease"),
                        rs.getInt("idx"), rs.getString("input_location"), json.readValue(rs.getString("arguments"), STRINGS),
                        json.readValue(rs.getString("outputs"), STRINGS), rs.getDouble("media_seconds"),
                        rs.getInt("retry_count"), leaseToken))
                .optional();
    }

    /** Extends a running task's lease with its progress; false when the run no longer counts (see the class). */
    boolean heartbeat(ClaimedChunk chunk, int percent, Instant leaseUntil) {
        return jdbc.sql("UPDATE job_chunks SET percent = :percent, lease_expires_at = :until"
                        + " WHERE seq = :seq AND lease_token = :token AND status = 'RUNNING' AND " + JOB_HELD)
                .param("percent", percent).param("until", leaseUntil.toEpochMilli())
                .param("seq", chunk.seq()).param("token", chunk.leaseToken()).update() == 1;
    }

    /** Marks the task DONE; false when the run no longer counts, so its files must be taken back. */
    boolean finish(ClaimedChunk chunk, Instant now) {
        return jdbc.sql("UPDATE job_chunks SET status = 'DONE', percent = 100, finished_at = :now, lease_token = NULL,"
                        + " lease_expires_at = NULL WHERE seq = :seq AND lease_token = :token AND status = 'RUNNING' AND "
                        + JOB_HELD)
                .param("now", now.toEpochMilli()).param("seq", chunk.seq()).param("token", chunk.leaseToken())
                .update() == 1;
    }

    /** Queues the task again, alone, while it has retries left; else marks it FAILED, which fails its job. */
    void fail(ClaimedChunk chunk, JobFailure failure, int maxRetries) {
        jdbc.sql(FAIL + " seq = :seq AND lease_token = :token")
                .param("max", maxRetries).param("code", failure.code()).param("message", failure.message())
                .param("seq", chunk.seq()).param("token", chunk.leaseToken()).update();
    }

    /** Queues a task again without counting a retry: this node stops, and another takes the task at once. */
    void release(ClaimedChunk chunk) {
        jdbc.sql("""
                UPDATE job_chunks SET status = 'QUEUED', node_id = NULL, lease_token = NULL, lease_expires_at = NULL
                WHERE seq = :seq AND lease_token = :token AND status = 'RUNNING'""")
                .param("seq", chunk.seq()).param("token", chunk.leaseToken()).update();
    }

    /** Queues again (or fails) the running tasks whose node stopped heart-beating; returns how many. */
    int recoverExpired(Instant now, int maxRetries) {
        return jdbc.sql(FAIL + " lease_expires_at < :now")
                .param("max", maxRetries).param("code", JobFailure.INTERNAL)
                .param("message", "The node encoding this chunk stopped responding").param("now", now.toEpochMilli())
                .update();
    }
}
