package org.avengine.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * This node: the id it shows on the jobs it runs, in their events and in its leases (configured, or
 * the host name plus a per-start suffix), its roles, and how many jobs it is running.
 */
@Component
public class NodeIdentity {

    private final String id;
    private final Set<NodeRole> roles;
    private final AtomicInteger runningJobs = new AtomicInteger();

    NodeIdentity(AvengineProperties properties) {
        String configured = properties.node().id();
        this.id = configured == null || configured.isBlank()
                ? hostName() + "-" + UUID.randomUUID().toString().substring(0, 8)
                : configured.strip();
        this.roles = properties.roles();
    }

    public String id() {
        return id;
    }

    public Set<NodeRole> roles() {
        return roles;
    }

    /** Whether this node claims and runs work. */
    public boolean isWorker() {
        return roles.contains(NodeRole.WORKER);
    }

    /** Whether this node serves the APIs. */
    public boolean isApi() {
        return roles.contains(NodeRole.API);
    }

    /** Counts a job this node started running; {@link #jobEnded()} when it no longer runs it. */
    public void jobStarted() {
        runningJobs.incrementAndGet();
    }

    public void jobEnded() {
        runningJobs.decrementAndGet();
    }

    public int runningJobs() {
        return runningJobs.get();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
