package org.avengine.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** The id this node shows on the jobs it runs and in its leases: host name plus a per-start suffix. */
@Component
public class NodeIdentity {

    private final String id;

    NodeIdentity() {
        this.id = hostName() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String id() {
        return id;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
