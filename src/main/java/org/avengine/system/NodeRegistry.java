package org.avengine.system;

import java.time.Clock;
import java.util.Locale;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's row in the {@code nodes} table: written at start-up, a heartbeat with the jobs it
 * runs every {@code avengine.node.heartbeat-interval}, and {@code stopped_at} at a clean shutdown. A
 * node that was killed simply stops heart-beating; the node list shows it as LOST. A node started
 * again with the same configured id takes its row over.
 */
@Component
class NodeRegistry implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NodeRegistry.class);

    private final JdbcClient jdbc;
    private final NodeIdentity node;
    private final Clock clock = Clock.systemUTC();
    private volatile boolean running;

    NodeRegistry(JdbcClient jdbc, NodeIdentity node) {
        this.jdbc = jdbc;
        this.node = node;
    }

    @Override
    public void start() {
        long now = clock.millis();
        int rejoined = jdbc.sql("""
                UPDATE nodes SET roles = :roles, started_at = :now, last_heartbeat = :now, running_jobs = 0,
                       stopped_at = NULL WHERE id = :id""")
                .param("id", node.id()).param("roles", roles()).param("now", now).update();
        if (rejoined == 0) {
            jdbc.sql("""
                    INSERT INTO nodes (id, roles, started_at, last_heartbeat, running_jobs)
                    VALUES (:id, :roles, :now, :now, 0)""")
                    .param("id", node.id()).param("roles", roles()).param("now", now).update();
        }
        running = true;
        log.info("Node {} joined with roles {}", node.id(), roles());
    }

    @Scheduled(fixedDelayString = "${avengine.node.heartbeat-interval:5s}")
    void heartbeat() {
        if (!running) {
            return;
        }
        try {
            jdbc.sql("UPDATE nodes SET last_heartbeat = :now, running_jobs = :jobs WHERE id = :id")
                    .param("now", clock.millis()).param("jobs", node.runningJobs()).param("id", node.id()).update();
        } catch (RuntimeException e) {
            log.warn("Node heartbeat failed; trying again: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        running = false;
        try {
            jdbc.sql("UPDATE nodes SET stopped_at = :now, last_heartbeat = :now, running_jobs = 0 WHERE id = :id")
                    .param("now", clock.millis()).param("id", node.id()).update();
        } catch (RuntimeException e) {
            log.warn("Could not mark node {} stopped: {}", node.id(), e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the workers (which stop first, at the default phase) so the last count is right. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 100;
    }

    private String roles() {
        return node.roles().stream().map(role -> role.name().toLowerCase(Locale.ROOT)).sorted()
                .collect(Collectors.joining(","));
    }
}
