package org.avengine.notify;

import java.time.Instant;

/**
 * One event sent, or to be sent, to one subscription.
 *
 * @param lastStatus the HTTP status of the last attempt; null when it got none (timeout, refused)
 * @param redeliveryOf the delivery this one re-sends, or null
 */
record Delivery(String id, String subscriptionId, EventType eventType, String payload, State state, int attempts,
        Instant nextAttemptAt, Instant created, Instant lastAttemptAt, Integer lastStatus, String lastError,
        Instant deliveredAt, String redeliveryOf) {

    /** Where a delivery is. */
    enum State {
        /** Waiting for its next attempt. */
        PENDING,
        /** A receiver answered 2xx. */
        DELIVERED,
        /** Every attempt within {@code retry-for} failed. */
        FAILED
    }

    View view() {
        return new View(id, subscriptionId, eventType, state, attempts, created, lastAttemptAt, lastStatus, lastError,
                deliveredAt, state == State.PENDING ? nextAttemptAt : null, redeliveryOf);
    }

    /** A delivery as the log shows it, without its body. */
    record View(String id, String subscription, EventType eventType, State state, int attempts, Instant created,
            Instant lastAttempt, Integer lastStatus, String lastError, Instant delivered, Instant nextAttempt,
            String redeliveryOf) {
    }
}
