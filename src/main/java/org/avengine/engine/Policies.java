package org.avengine.engine;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Delivery-channel policies of the {@code iiif-av} channel, the shared ones (customer 0) and customers' own. */
@Repository
class Policies {

    private static final TypeReference<List<String>> NAMES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Policies(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The customer's own policy of that name, else the shared one. */
    Optional<Policy> find(int customer, String name) {
        return jdbc.sql("""
                SELECT * FROM engine_policies WHERE channel = :channel AND name = :name AND customer_id IN (0, :c)
                ORDER BY customer_id DESC""")
                .param("channel", Policy.CHANNEL).param("name", name).param("c", customer)
                .query(row()).list().stream().findFirst();
    }

    /** The shared policies and the customer's own. */
    List<Policy> visibleTo(int customer) {
        return jdbc.sql("SELECT * FROM engine_policies WHERE channel = :channel AND customer_id IN (0, :c) ORDER BY customer_id, name")
                .param("channel", Policy.CHANNEL).param("c", customer).query(row()).list();
    }

    void save(Policy policy) {
        jdbc.sql("""
                MERGE INTO engine_policies p
                USING (VALUES (CAST(:c AS INTEGER), CAST(:channel AS VARCHAR(32)), CAST(:name AS VARCHAR(100)), CAST(:presets AS TEXT)))
                    AS v (customer_id, channel, name, presets)
                ON p.customer_id = v.customer_id AND p.channel = v.channel AND p.name = v.name
                WHEN MATCHED THEN UPDATE SET presets = v.presets
                WHEN NOT MATCHED THEN INSERT (customer_id, channel, name, presets)
                    VALUES (v.customer_id, v.channel, v.name, v.presets)""")
                .param("c", policy.customer()).param("channel", Policy.CHANNEL).param("name", policy.name())
                .param("presets", json.writeValueAsString(policy.presets())).update();
    }

    private RowMapper<Policy> row() {
        return (rs, n) -> new Policy(rs.getInt("customer_id"), rs.getString("name"), json.readValue(rs.getString("presets"), NAMES));
    }
}
