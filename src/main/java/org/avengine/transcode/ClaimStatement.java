package org.avengine.transcode;

import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one statement that hands a SUBMITTED job to a worker. On PostgreSQL the candidate row is
 * chosen with {@code FOR UPDATE SKIP LOCKED}, so nodes never wait on each other. H2 (the embedded,
 * single-process default) would lock every row it sorts, so there the candidate is chosen without
 * row locks and claims from this process are serialised instead; the {@code status} guard in the
 * update keeps a row from being claimed twice either way.
 * <p>
 * Only jobs of ACTIVE queues are candidates, and re-queued jobs only once their backoff
 * ({@code retry_after}) has passed, and only while their queue runs fewer jobs than its
 * {@code concurrent_jobs}; the most urgent job (priority, then age) goes first. On PostgreSQL the
 * queue row is locked with the job, so of two nodes claiming at the same moment only one takes a
 * queue's last free place; the other skips that queue's jobs for the instant the claim lasts.
 */
@Component
class ClaimStatement {

    private static final String CLAIM = """
            UPDATE jobs SET status = 'PROGRESSING', current_phase = 'PROBING', percent_complete = 0,
                   started_at = :now, node_id = :node, lease_token = :token, lease_expires_at = :until,
                   version = version + 1
            WHERE status = 'SUBMITTED' AND seq = (
                SELECT j.seq FROM jobs j JOIN queues q ON q.name = j.queue
                WHERE j.status = 'SUBMITTED' AND q.status = 'ACTIVE'
                  AND (j.retry_after IS NULL OR j.retry_after <= :now)
                  AND (q.concurrent_jobs IS NULL OR q.concurrent_jobs >
                       (SELECT COUNT(*) FROM jobs r WHERE r.queue = q.name AND r.status = 'PROGRESSING'))
                ORDER BY j.priority DESC, j.seq LIMIT 1 %s)""";

    private final JdbcClient jdbc;
    private final String sql;
    private final ReentrantLock localLock;

    ClaimStatement(JdbcClient jdbc, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.sql = CLAIM.formatted(dialect.skipLocked("j, q"));
        this.localLock = dialect.skipsLockedRows() ? null : new ReentrantLock();
    }

    int execute(String nodeId, String leaseToken, Instant now, Instant leaseUntil) {
        if (localLock == null) {
            return run(nodeId, leaseToken, now, leaseUntil);
        }
        localLock.lock();
        try {
            return run(nodeId, leaseToken, now, leaseUntil);
        } finally {
            localLock.unlock();
        }
    }

    private int run(String nodeId, String leaseToken, Instant now, Instant leaseUntil) {
        return jdbc.sql(sql)
                .param("now", now.toEpochMilli())
                .param("node", nodeId)
                .param("token", leaseToken)
                .param("until", leaseUntil.toEpochMilli())
                .update();
    }
}
