package org.avengine.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Node-wide settings.
 *
 * @param dataDir root of what a node keeps locally by default: the H2 database, the local object
 *     store, and per-job working folders
 * @param publicUrl the URL clients use to reach this node (DescribeEndpoints); derived from the
 *     request when absent
 * @param roles what this node does: {@code api}, {@code worker}, or both
 * @param node how this node shows itself in the node list
 */
@ConfigurationProperties("avengine")
public record AvengineProperties(
        @DefaultValue("./data") Path dataDir,
        String publicUrl,
        @DefaultValue({"api", "worker"}) Set<NodeRole> roles,
        @DefaultValue Node node) {

    public AvengineProperties {
        roles = roles == null || roles.isEmpty() ? Set.of(NodeRole.API, NodeRole.WORKER) : Set.copyOf(roles);
    }

    /**
     * @param id this node's id on jobs, events and the node list; empty = host name plus a per-start suffix
     * @param heartbeatInterval how often the node writes its heartbeat and running jobs to the node list
     * @param forgetAfter nodes not heard from this long are left out of the node list
     */
    public record Node(String id,
            @DefaultValue("5s") Duration heartbeatInterval,
            @DefaultValue("1d") Duration forgetAfter) {
    }

    /** Where jobs keep their temporary files; each job gets its own folder below and removes it. */
    public Path workDir() {
        return dataDir.resolve("work");
    }
}
