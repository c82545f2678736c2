package org.avengine.system;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The nodes sharing this database, with their roles, when they started, their last heartbeat and how
 * many jobs they run. A node is UP while it heart-beats, STOPPED after a clean shutdown and LOST when
 * it went silent (killed, or cut off); nodes silent for longer than {@code forget-after} are left out.
 */
@Component
public class NodeList {

    private final JdbcClient jdbc;
    private final NodeIdentity self;
    private final AvengineProperties.Node settings;
    private final Clock clock = Clock.systemUTC();

    NodeList(JdbcClient jdbc, NodeIdentity self, AvengineProperties properties) {
        this.jdbc = jdbc;
        this.self = self;
        this.settings = properties.node();
    }

    /** One node as listed; {@code self} for the node answering. */
    public record NodeView(String id, List<String> roles, String state, Instant startedAt, Instant lastHeartbeat,
            int runningJobs, boolean self) {
    }

    public List<NodeView> nodes() {
        long now = clock.millis();
        long lostAfter = settings.heartbeatInterval().multipliedBy(3).toMillis();
        return jdbc.sql("""
                SELECT id, roles, started_at, last_heartbeat, running_jobs, stopped_at FROM nodes
                WHERE last_heartbeat >= :since ORDER BY started_at, id""")
                .param("since", now - settings.forgetAfter().toMillis())
                .query((rs, n) -> {
                    long heartbeat = rs.getLong("last_heartbeat");
                    rs.getLong("stopped_at");
                    String state = !rs.wasNull() ? "STOPPED" : now - heartbeat > lostAfter ? "LOST" : "UP";
                    return new NodeView(rs.getString("id"), Arrays.asList(rs.getString("roles").split(",")), state,
                            Instant.ofEpochMilli(rs.getLong("started_at")), Instant.ofEpochMilli(heartbeat),
                            "UP".equals(state) ? rs.getInt("running_jobs") : 0, rs.getString("id").equals(self.id()));
                })
                .list();
    }
}
