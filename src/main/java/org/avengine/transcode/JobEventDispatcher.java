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

    JobEventDispatcher(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher publisher,
            TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.publisher = publisher;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${avengine.transcode.events.dispatch-interval:250ms}")
    void dispatch() {
        var pending = jdbc.sql("""
                SELECT seq, event_id, job_id, status, payload FROM job_events
                WHERE delivered_at IS NULL ORDER BY seq LIMIT 100""")
                .query((rs, n) -> new Pending(rs.getLong("seq"), new JobStateChanged(rs.getString("event_id"),
                        new JobId(rs.getString("job_id")), rs.getString("status"), json.readTree(rs.getString("payload")))))
                .list();
        for (Pending event : pending) {
            try {
                publisher.publishEvent(event.event());
            } catch (RuntimeException e) {
                log.warn("Listener failed on event {} of job {}; it will be delivered again", event.event().eventId(),
                        event.event().jobId(), e);
                return;
            }
            transactions.executeWithoutResult(tx -> jdbc.sql("UPDATE job_events SET delivered_at = :now WHERE seq = :seq")
                    .param("now", Clock.systemUTC().millis()).param("seq", event.seq()).update());
        }
    }

    private record Pending(long seq, JobStateChanged event) {
    }
}
