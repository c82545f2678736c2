package org.avengine.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Webhook subscriptions in the database. */
@Repository
class Subscriptions {

    private static final String OWNER = "(customer_id = :c OR (customer_id IS NULL AND CAST(:c AS INTEGER) IS NULL))";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Subscriptions(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Subscription create(Integer customer, String url, List<EventType> types, String secret) {
        Subscription s = new Subscription(UUID.randomUUID().toString(), customer, url, List.copyOf(types), secret,
                Instant.ofEpochMilli(System.currentTimeMillis()));
        jdbc.sql("""
                INSERT INTO webhook_subscriptions (id, customer_id, url, event_types, secret, created_at)
                VALUES (:id, :c, :url, :types, :secret, :now)""")
                .param("id", s.id()).param("c", customer).param("url", url).param("types", json.writeValueAsString(types))
                .param("secret", secret).param("now", s.created().toEpochMilli()).update();
        return s;
    }

    /** The subscription if it belongs to {@code customer} (null: the administrator's own). */
    Optional<Subscription> find(Integer customer, String id) {
        return jdbc.sql("SELECT * FROM webhook_subscriptions WHERE id = :id AND " + OWNER)
                .param("id", id).param("c", customer).query(this::row).optional();
    }

    List<Subscription> of(Integer customer) {
        return jdbc.sql("SELECT * FROM webhook_subscriptions WHERE " + OWNER + " ORDER BY created_at, id")
                .param("c", customer).query(this::row).list();
    }

    /** The customer's subscriptions and the administrator's that ask for this type of event. */
    List<Subscription> receiving(Integer customer, EventType type) {
        return jdbc.sql("SELECT * FROM webhook_subscriptions WHERE customer_id IS NULL OR customer_id = :c ORDER BY id")
                .param("c", customer).query(this::row).list().stream()
                .filter(s -> s.eventTypes().contains(type)).toList();
    }

    Optional<Subscription> byId(String id) {
        return jdbc.sql("SELECT * FROM webhook_subscriptions WHERE id = :id").param("id", id).query(this::row).optional();
    }

    boolean delete(Integer customer, String id) {
        return jdbc.sql("DELETE FROM webhook_subscriptions WHERE id = :id AND " + OWNER)
                .param("id", id).param("c", customer).update() == 1;
    }

    private Subscription row(ResultSet rs, int n) throws SQLException {
        return new Subscription(rs.getString("id"), rs.getObject("customer_id", Integer.class), rs.getString("url"),
                json.readValue(rs.getString("event_types"), new TypeReference<List<EventType>>() { }),
                rs.getString("secret"), Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
