package org.avengine.cluster;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.avengine.PostgresSchema;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the shared database says about the cluster's jobs and their outbox events. */
final class ClusterRecords {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PostgresSchema schema;

    ClusterRecords(PostgresSchema schema) {
        this.schema = schema;
    }

    /** One outbox event: its status, the node named in its detail, and whether it was delivered. */
    record Event(String status, String nodeId, boolean delivered) {
    }

    long count(String sql) throws SQLException {
        try (Connection connection = schema.connect(); ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String text(String sql) throws SQLException {
        try (Connection connection = schema.connect(); ResultSet rs = connection.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Every job's events, oldest first, by job id. */
    Map<String, List<Event>> eventsByJob() throws SQLException {
        Map<String, List<Event>> events = new LinkedHashMap<>();
        try (Connection connection = schema.connect(); ResultSet rs = connection.createStatement()
                .executeQuery("SELECT job_id, status, payload, delivered_at FROM job_events ORDER BY seq")) {
            while (rs.next()) {
                JsonNode detail = JSON.readTree(rs.getString("payload")).get("detail");
                String node = detail.has("nodeId") ? detail.get("nodeId").asString() : null;
                rs.getLong("delivered_at");
                events.computeIfAbsent(rs.getString("job_id"), id -> new ArrayList<>())
                        .add(new Event(rs.getString("status"), node, !rs.wasNull()));
            }
        }
        return events;
    }
}
