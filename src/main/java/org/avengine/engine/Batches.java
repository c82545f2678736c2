package org.avengine.engine;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Batches in the database; their progress is read from the assets that carry their id. */
@Repository
class Batches {

    private final JdbcClient jdbc;

    Batches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int create(int customer, int count) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO engine_batches (customer_id, member_count, created_at) VALUES (:c, :n, :now)")
                .param("c", customer).param("n", count).param("now", Instant.now().toEpochMilli()).update(keys, "id");
        return keys.getKey().intValue();
    }

    Batch get(int customer, int id) {
        return jdbc.sql("""
                SELECT b.id, b.customer_id, b.member_count, b.created_at,
                  (SELECT COUNT(*) FROM engine_assets a WHERE a.batch_id = b.id AND a.state = 'DONE' AND a.error IS NULL) AS completed,
                  (SELECT COUNT(*) FROM engine_assets a WHERE a.batch_id = b.id AND a.state = 'DONE' AND a.error IS NOT NULL) AS errors,
                  (SELECT MAX(a.finished_at) FROM engine_assets a WHERE a.batch_id = b.id) AS last_finished
                FROM engine_batches b WHERE b.id = :id AND b.customer_id = :c""")
                .param("id", id).param("c", customer)
                .query((rs, n) -> {
                    int count = rs.getInt("member_count");
                    int completed = rs.getInt("completed");
                    int errors = rs.getInt("errors");
                    Long last = rs.getObject("last_finished", Long.class);
                    Instant finished = completed + errors >= count && last != null ? Instant.ofEpochMilli(last) : null;
                    return new Batch(rs.getInt("id"), rs.getInt("customer_id"), count, completed, errors,
                            Instant.ofEpochMilli(rs.getLong("created_at")), finished);
                })
                .optional().orElseThrow(() -> new NotFoundException("Customer " + customer + " has no batch " + id));
    }
}
