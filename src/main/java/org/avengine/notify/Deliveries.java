package org.avengine.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Webhook deliveries in the database. A sender claims a due delivery by moving its next attempt past
 * the attempt's time-out in one conditional update, so one node sends it, and a node that stops
 * mid-attempt leaves it due again.
 */
@Repository
class Deliveries {

    private final JdbcClient jdbc;

    Deliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Delivery add(String subscriptionId, EventType type, String payload, String redeliveryOf) {
        String id = UUID.randomUUID().toString();
        long now = System.currentTimeMillis();
        jdbc.sql("""
                INSERT INTO webhook_deliveries (id, subscription_id, event_type, payload, state, attempts, next_attempt_at,
                  created_at, redelivery_of)
                VALUES (:id, :sub, :type, :payload, 'PENDING', 0, :now, :now, :of)""")
                .param("id", id).param("sub", subscriptionId).param("type", type.name()).param("payload", payload)
                .param("now", now).param("of", redeliveryOf).update();
        return find(id).orElseThrow();
    }

    /** Up to {@code limit} deliveries due now, oldest first. */
    List<Delivery> due(Instant now, int limit) {
        return jdbc.sql("""
                SELECT * FROM webhook_deliveries WHERE state = 'PENDING' AND next_attempt_at <= :now
                ORDER BY next_attempt_at LIMIT :limit""")
                .param("now", now.toEpochMilli()).param("limit", limit).query(this::row).list();
    }

    /** Takes the delivery for one attempt, holding it until {@code holdUntil}; false when another node took it. */
    boolean claim(Delivery d, Instant now, Instant holdUntil) {
        return jdbc.sql("""
                UPDATE webhook_deliveries SET next_attempt_at = :hold, attempts = attempts + 1, last_attempt_at = :now
                WHERE id = :id AND state = 'PENDING' AND next_attempt_at = :due""")
                .param("hold", holdUntil.toEpochMilli()).param("now", now.toEpochMilli()).param("id", d.id())
                .param("due", d.nextAttemptAt().toEpochMilli()).update() == 1;
    }

    void delivered(String id, int status) {
        jdbc.sql("""
                UPDATE webhook_deliveries SET state = 'DELIVERED', last_status = :status, last_error = NULL, delivered_at = :now
                WHERE id = :id""").param("status", status).param("now", System.currentTimeMillis()).param("id", id).update();
    }

    /** Records a failed attempt: due again at {@code next}, or FAILED when {@code next} is null. */
    void attemptFailed(String id, Integer status, String error, Instant next) {
        jdbc.sql("""
                UPDATE webhook_deliveries SET state = :state, last_status = :status, last_error = :error,
                  next_attempt_at = COALESCE(CAST(:next AS BIGINT), next_attempt_at)
                WHERE id = :id""")
                .param("state", next == null ? "FAILED" : "PENDING").param("status", status).param("error", error)
                .param("next", next == null ? null : next.toEpochMilli()).param("id", id).update();
    }

    Optional<Delivery> find(String id) {
        return jdbc.sql("SELECT * FROM webhook_deliveries WHERE id = :id").param("id", id).query(this::row).optional();
    }

    /** The subscription's deliveries, newest first. */
    List<Delivery> of(String subscriptionId, int limit) {
        return jdbc.sql("SELECT * FROM webhook_deliveries WHERE subscription_id = :sub ORDER BY created_at DESC, id LIMIT :limit")
                .param("sub", subscriptionId).param("limit", limit).query(this::row).list();
    }

    private Delivery row(ResultSet rs, int n) throws SQLException {
        return new Delivery(rs.getString("id"), rs.getString("subscription_id"), EventType.valueOf(rs.getString("event_type")),
                rs.getString("payload"), Delivery.State.valueOf(rs.getString("state")), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), instant(rs, "created_at"), instant(rs, "last_attempt_at"),
                rs.getObject("last_status", Integer.class), rs.getString("last_error"), instant(rs, "delivered_at"),
                rs.getString("redelivery_of"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Long millis = rs.getObject(column, Long.class);
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
