package org.avengine.notify;

import java.time.Instant;
import java.util.List;

/**
 * A webhook subscription.
 *
 * @param customer the customer whose events it receives; null for the administrator's, which receives all
 * @param secret the key that signs the bodies; never shown
 */
record Subscription(String id, Integer customer, String url, List<EventType> eventTypes, String secret, Instant created) {

    View view() {
        return new View(id, customer, url, eventTypes, created);
    }

    /** A subscription as the API shows it: without its secret. */
    record View(String id, Integer customer, String url, List<EventType> eventTypes, Instant created) {
    }
}
