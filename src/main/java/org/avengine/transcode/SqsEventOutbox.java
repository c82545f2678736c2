package org.avengine.transcode;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The events still to be sent to SQS ({@code job_event_sqs}). A sender claims a batch by moving its
 * next attempt past the time a send may take, so another node (or this one, after a crash) sends it
 * again only when the claimant vanished: delivery is at least once.
 */
@Component
class SqsEventOutbox {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SqlDialect dialect;

    SqsEventOutbox(JdbcClient jdbc, TransactionTemplate transactions, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.dialect = dialect;
    }

    /** An event to send and how often sending it failed so far. */
    record Pending(String eventId, String jobId, String payload, int attempts) {
    }

    /** Claims up to {@code max} events that are due at {@code now}, oldest first, until {@code until}. */
    List<Pending> claim(int max, Instant now, Instant until) {
        return transactions.execute(tx -> {
            List<Pending> due = jdbc.sql("""
                    SELECT s.event_id, e.job_id, e.payload, s.attempts
                    FROM job_event_sqs s JOIN job_events e ON e.event_id = s.event_id
                    WHERE s.next_attempt_at <= :now ORDER BY e.seq LIMIT :max\s""" + dialect.skipLocked("s"))
                    .param("now", now.toEpochMilli()).param("max", max)
                    .query((rs, n) -> new Pending(rs.getString("event_id"), rs.getString("job_id"),
                            rs.getString("payload"), rs.getInt("attempts")))
                    .list();
            if (!due.isEmpty()) {
                jdbc.sql("UPDATE job_event_sqs SET next_attempt_at = :until WHERE event_id IN (:ids)")
                        .param("until", until.toEpochMilli())
                        .param("ids", due.stream().map(Pending::eventId).toList()).update();
            }
            return due;
        });
    }

    void sent(String eventId) {
        jdbc.sql("DELETE FROM job_event_sqs WHERE event_id = :id").param("id", eventId).update();
    }

    void failed(Pending event, Instant nextAttempt, String error) {
        jdbc.sql("""
                UPDATE job_event_sqs SET attempts = :attempts, next_attempt_at = :next, last_error = :error
                WHERE event_id = :id""")
                .param("attempts", event.attempts() + 1).param("next", nextAttempt.toEpochMilli())
                .param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                .param("id", event.eventId()).update();
    }
}
