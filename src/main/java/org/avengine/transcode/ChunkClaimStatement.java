package org.avengine.transcode;

import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one statement that hands a queued chunk task to a node, as {@link ClaimStatement} does for
 * jobs: {@code FOR UPDATE SKIP LOCKED} on PostgreSQL, claims serialised in-process on H2. Only tasks
 * whose job attempt still holds its job are candidates (the job is PROGRESSING under the lease that
 * made them), so a canceled or re-queued job's chunks are never started; the most urgent job's
 * tasks go first, audio before video, each job's chunks in order.
 */
@Component
class ChunkClaimStatement {

    private static final String CLAIM = """
            UPDATE job_chunks SET status = 'RUNNING', percent = 0, node_id = :node, lease_token = :token,
                   lease_expires_at = :until
            WHERE status = 'QUEUED' AND seq = (
                SELECT c.seq FROM job_chunks c JOIN jobs j ON j.id = c.job_id
                WHERE c.status = 'QUEUED' AND j.status = 'PROGRESSING' AND j.lease_token = c.job_lease
                ORDER BY j.priority DESC, j.seq, c.idx LIMIT 1 %s)""";

    private final JdbcClient jdbc;
    private final String sql;
    private final ReentrantLock localLock;

    ChunkClaimStatement(JdbcClient jdbc, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.sql = CLAIM.formatted(dialect.skipLocked("c"));
        this.localLock = dialect.skipsLockedRows() ? null : new ReentrantLock();
    }

    int execute(String nodeId, String leaseToken, Instant leaseUntil) {
        if (localLock == null) {
            return run(nodeId, leaseToken, leaseUntil);
        }
        localLock.lock();
        try {
            return run(nodeId, leaseToken, leaseUntil);
        } finally {
            localLock.unlock();
        }
    }

    private int run(String nodeId, String leaseToken, Instant leaseUntil) {
        return jdbc.sql(sql).param("node", nodeId).param("token", leaseToken)
                .param("until", leaseUntil.toEpochMilli()).update();
    }
}
