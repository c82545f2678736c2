package org.avengine.notify;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Webhook subscriptions with their latest deliveries, as the dashboard shows them: a customer's own,
 * or (customer null) the administrator's; never a secret or a body.
 */
@Component
public class WebhookLog {

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;

    WebhookLog(Subscriptions subscriptions, Deliveries deliveries) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
    }

    /** One subscription and its newest deliveries. */
    public record Hook(String id, String url, List<String> eventTypes, Instant created, List<Sent> deliveries) {
    }

    /** One delivery: its event, state, attempts, last HTTP status or error, and times. */
    public record Sent(String id, String eventType, String state, int attempts, Instant created, Integer lastStatus,
            String lastError, Instant delivered, Instant nextAttempt) {
    }

    public List<Hook> of(Integer customer, int deliveriesEach) {
        return subscriptions.of(customer).stream().map(s -> new Hook(s.id(), s.url(),
                s.eventTypes().stream().map(Enum::name).toList(), s.created(),
                deliveries.of(s.id(), deliveriesEach).stream().map(WebhookLog::sent).toList())).toList();
    }

    private static Sent sent(Delivery d) {
        Delivery.View v = d.view();
        return new Sent(v.id(), v.eventType().name(), v.state().name(), v.attempts(), v.created(), v.lastStatus(),
                v.lastError(), v.delivered(), v.nextAttempt());
    }
}
