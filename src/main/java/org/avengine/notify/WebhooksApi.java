package org.avengine.notify;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.avengine.engine.InvalidRequestException;
import org.avengine.engine.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhook subscriptions and their delivery log: {@code /customers/{c}/webhooks} for a customer's,
 * {@code /admin/webhooks} for the administrator's (every customer's events). The secret goes in and
 * never comes out.
 */
@RestController
class WebhooksApi {

    private static final int MAX_SECRET = 500;

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;

    WebhooksApi(Subscriptions subscriptions, Deliveries deliveries) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
    }

    @PostMapping({"/customers/{customer}/webhooks", "/admin/webhooks"})
    ResponseEntity<Subscription.View> create(@PathVariable(required = false) Integer customer, @RequestBody Body body) {
        String url = checkedUrl(body.url());
        List<EventType> types = checkedTypes(body.eventTypes());
        if (body.secret() == null || body.secret().isBlank() || body.secret().length() > MAX_SECRET) {
            throw new InvalidRequestException("secret: give a secret of 1 to " + MAX_SECRET + " characters to sign the bodies with");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(subscriptions.create(customer, url, types, body.secret()).view());
    }

    @GetMapping({"/customers/{customer}/webhooks", "/admin/webhooks"})
    Members<Subscription.View> list(@PathVariable(required = false) Integer customer) {
        return new Members<>(subscriptions.of(customer).stream().map(Subscription::view).toList());
    }

    @GetMapping({"/customers/{customer}/webhooks/{id}", "/admin/webhooks/{id}"})
    Subscription.View get(@PathVariable(required = false) Integer customer, @PathVariable String id) {
        return find(customer, id).view();
    }

    @DeleteMapping({"/customers/{customer}/webhooks/{id}", "/admin/webhooks/{id}"})
    ResponseEntity<Void> delete(@PathVariable(required = false) Integer customer, @PathVariable String id) {
        if (!subscriptions.delete(customer, id)) {
            throw new NotFoundException("No webhook subscription " + id);
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping({"/customers/{customer}/webhooks/{id}/deliveries", "/admin/webhooks/{id}/deliveries"})
    Members<Delivery.View> deliveries(@PathVariable(required = false) Integer customer, @PathVariable String id,
            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidRequestException("limit: give 1 to 1000");
        }
        return new Members<>(deliveries.of(find(customer, id).id(), limit).stream().map(Delivery::view).toList());
    }

    /** Sends the delivery's event again as a new delivery (its own id, attempts and retry time). */
    @PostMapping({"/customers/{customer}/webhooks/{id}/deliveries/{delivery}/redeliver",
            "/admin/webhooks/{id}/deliveries/{delivery}/redeliver"})
    ResponseEntity<Delivery.View> redeliver(@PathVariable(required = false) Integer customer, @PathVariable String id,
            @PathVariable String delivery) {
        Subscription s = find(customer, id);
        Delivery original = deliveries.find(delivery).filter(d -> d.subscriptionId().equals(s.id()))
                .orElseThrow(() -> new NotFoundException("Webhook subscription " + id + " has no delivery " + delivery));
        Delivery again = deliveries.add(s.id(), original.eventType(), original.payload(), original.id());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(again.view());
    }

    private Subscription find(Integer customer, String id) {
        return subscriptions.find(customer, id).orElseThrow(() -> new NotFoundException("No webhook subscription " + id));
    }

    private static String checkedUrl(String url) {
        try {
            URI uri = url == null ? null : new URI(url);
            if (uri != null && uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && url.length() <= 2000) {
                return url;
            }
        } catch (java.net.URISyntaxException e) {
            throw new InvalidRequestException("url: '" + url + "' is not a URL: " + e.getReason());
        }
        throw new InvalidRequestException("url: '" + url + "' is not an absolute http(s) URL of at most 2000 characters");
    }

    private static List<EventType> checkedTypes(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidRequestException("eventTypes: name at least one of " + List.of(EventType.values()));
        }
        List<EventType> types = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            int index = i;
            types.add(java.util.Arrays.stream(EventType.values()).filter(t -> t.name().equals(name)).findFirst()
                    .orElseThrow(() -> new InvalidRequestException("eventTypes[" + index + "]: '" + name + "' is not one of "
                            + List.of(EventType.values()))));
        }
        return List.copyOf(new java.util.LinkedHashSet<>(types));
    }

    /** What a subscription is made with. */
    record Body(String url, List<String> eventTypes, String secret) {
    }

    /** A list. */
    record Members<T>(List<T> member) {
    }
}
