package org.avengine.transcode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finding jobs the way people look for them (status, queue, creation time, id or user metadata),
 * and what their latest ffmpeg run showed. Scans newest first, a batch at a time, up to a bound.
 */
@Service
public class JobSearch {

    private static final int BATCH = 200;
    private static final int MOST_SCANNED = 20_000;

    private final JdbcClient jdbc;
    private final JobRowMapper rows;
    private final JobRuns runs;

    JobSearch(JdbcClient jdbc, JobRowMapper rows, JobRuns runs) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.runs = runs;
    }

    /** The newest jobs that match, at most {@code filter.limit()}. */
    public List<Job> find(JobFilter filter) {
        List<Job> found = new ArrayList<>();
        long cursor = Long.MAX_VALUE;
        for (int scanned = 0; scanned < MOST_SCANNED && found.size() < filter.limit(); scanned += BATCH) {
            List<Seq> batch = batch(filter, cursor);
            batch.stream().map(Seq::job).filter(filter::matches).limit(filter.limit() - found.size()).forEach(found::add);
            if (batch.size() < BATCH) {
                break;
            }
            cursor = batch.get(batch.size() - 1).seq();
        }
        return found;
    }

    /** What the job's latest ffmpeg run showed; empty before ffmpeg started. */
    public Optional<JobRun> run(JobId id) {
        return runs.find(id);
    }

    private List<Seq> batch(JobFilter filter, long cursor) {
        var sql = jdbc.sql("""
                SELECT * FROM jobs WHERE seq < :cursor
                  AND (CAST(:status AS VARCHAR(16)) IS NULL OR status = :status)
                  AND (CAST(:queue AS VARCHAR(256)) IS NULL OR queue = :queue)
                  AND created_at >= :from AND created_at < :before
                ORDER BY seq DESC LIMIT :limit""")
                .param("cursor", cursor)
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("queue", filter.queue())
                .param("from", filter.createdFrom() == null ? Long.MIN_VALUE : filter.createdFrom().toEpochMilli())
                .param("before", filter.createdBefore() == null ? Long.MAX_VALUE : filter.createdBefore().toEpochMilli())
                .param("limit", BATCH);
        return sql.query((rs, n) -> new Seq(rs.getLong("seq"), rows.mapRow(rs, n))).list();
    }

    private record Seq(long seq, Job job) {
    }
}
