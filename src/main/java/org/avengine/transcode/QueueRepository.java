package org.avengine.transcode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import software.amazon.awssdk.services.mediaconvert.model.Queue;

/** Queues in the database, shown with how many of their jobs wait and run. */
@Repository
class QueueRepository {

    private static final String SELECT = """
            SELECT q.name, q.description, q.status, q.concurrent_jobs, q.created_at, q.last_updated,
                   (SELECT COUNT(*) FROM jobs j WHERE j.queue = q.name AND j.status = 'SUBMITTED') AS submitted,
                   (SELECT COUNT(*) FROM jobs j WHERE j.queue = q.name AND j.status = 'PROGRESSING') AS progressing
            FROM queues q""";

    private final JdbcClient jdbc;
    private final TranscodeProperties properties;

    QueueRepository(JdbcClient jdbc, TranscodeProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Stores a new queue; false when one with this name exists. */
    boolean insert(Queue queue) {
        try {
            jdbc.sql("""
                    INSERT INTO queues (name, description, status, concurrent_jobs, created_at, last_updated)
                    VALUES (:name, :description, :status, :concurrentJobs, :createdAt, :createdAt)""")
                    .param("name", queue.name()).param("description", queue.description())
                    .param("status", queue.statusAsString()).param("concurrentJobs", queue.concurrentJobs())
                    .param("createdAt", queue.createdAt().toEpochMilli())
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    void update(Queue queue) {
        jdbc.sql("""
                UPDATE queues SET description = :description, status = :status, concurrent_jobs = :concurrentJobs,
                       last_updated = :lastUpdated WHERE name = :name""")
                .param("name", queue.name()).param("description", queue.description())
                .param("status", queue.statusAsString()).param("concurrentJobs", queue.concurrentJobs())
                .param("lastUpdated", queue.lastUpdated().toEpochMilli())
                .update();
    }

    Optional<Queue> find(String name) {
        return jdbc.sql(SELECT + " WHERE q.name = :name").param("name", name).query(this::map).optional();
    }

    List<Queue> all() {
        return jdbc.sql(SELECT).query(this::map).list();
    }

    /** Deletes a queue that holds no waiting or running job; false when it holds some. */
    boolean deleteIfIdle(String name) {
        return jdbc.sql("""
                DELETE FROM queues WHERE name = :name AND NOT EXISTS (
                    SELECT 1 FROM jobs WHERE queue = :name AND status IN ('SUBMITTED', 'PROGRESSING'))""")
                .param("name", name).update() == 1;
    }

    private Queue map(ResultSet rs, int row) throws SQLException {
        String name = rs.getString("name");
        int limit = rs.getInt("concurrent_jobs");
        Integer concurrentJobs = rs.wasNull() ? null : limit;
        return Queue.builder().name(name).arn(properties.arn("queues", name))
                .description(rs.getString("description")).status(rs.getString("status"))
                .concurrentJobs(concurrentJobs)
                .createdAt(JobRepository.instant(rs, "created_at"))
                .lastUpdated(JobRepository.instant(rs, "last_updated"))
                .submittedJobsCount(rs.getInt("submitted")).progressingJobsCount(rs.getInt("progressing"))
                .type(JobService.DEFAULT_QUEUE.equals(name) ? "SYSTEM" : "CUSTOM").pricingPlan("ON_DEMAND")
                .build();
    }
}
