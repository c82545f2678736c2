package org.avengine.transcode;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers committed outbox events to in-process listeners ({@link JobStateChanged}), oldest first,
 * and marks them delivered. A listener that throws leaves its event in the outbox for the next round,
 * so every event reaches the listeners at least once.
 */
@Component
class JobEventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(JobEventDispatcher.class);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;
    private final SqlDialect dialect;
    private static final int BATCH = 100;

    JobEventDispatcher(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher publisher, Tx tx) {
        this.jdbc = jdbc;
        this.json = json;
        this.publisher = publisher;
        this.transactions = tx.transactions();
        this.dialect = tx.dialect();
    }

    /** How the dispatcher talks to the database. */
    @Component
    record Tx(TransactionTemplate transactions, SqlDialect dialect) {
    }

    @Scheduled(fixedDelayString = "${avengine.transcode.events.dispatch-interval:250ms}")
    void dispatch() {
        for (int i = 0; i < BATCH; i++) {
            try {
                if (!Boolean.TRUE.equals(transactions.execute(tx -> deliverOldest()))) {
                    return;
                }
            } catch (RuntimeException e) {
                log.warn("A listener failed; the event stays in the outbox and is delivered again", e);
                return;
            }
        }
    }

    /**
     * Delivers the oldest undelivered event inside one transaction: on PostgreSQL the row is locked
     * and other nodes skip it, so one node delivers it; a listener that throws rolls the mark back.
     */
    private boolean deliverOldest() {
        var next = jdbc.sql("""
                SELECT seq, event_id, job_id, status, payload FROM job_events
                WHERE delivered_at IS NULL ORDER BY seq LIMIT 1\s""" + dialect.skipLocked())
                .query((rs, n) -> new Pending(rs.getLong("seq"), new JobStateChanged(rs.getString("event_id"),
                        new JobId(rs.getString("job_id")), rs.getString("status"), json.readTree(rs.getString("payload")))))
                .optional();
        if (next.isEmpty()) {
            return false;
        }
        publisher.publishEvent(next.get().event());
        jdbc.sql("UPDATE job_events SET delivered_at = :now WHERE seq = :seq")
                .param("now", Clock.systemUTC().millis()).param("seq", next.get().seq()).update();
        return true;
    }

    private record Pending(long seq, JobStateChanged event) {
    }
}
