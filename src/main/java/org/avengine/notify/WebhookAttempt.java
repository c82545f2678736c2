package org.avengine.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One attempt of one delivery: POST the body with its signature and delivery id; a 2xx delivers it,
 * anything else (status, time-out, refused connection) schedules the next attempt after an
 * exponential backoff, or fails it once {@code retry-for} has passed since it was made.
 */
@Component
class WebhookAttempt {

    private static final Logger log = LoggerFactory.getLogger(WebhookAttempt.class);
    private static final int MAX_ERROR = 500;

    private final Deliveries deliveries;
    private final Subscriptions subscriptions;
    private final WebhookProperties properties;
    private final HttpClient http;

    WebhookAttempt(Deliveries deliveries, Subscriptions subscriptions, WebhookProperties properties) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    void send(Delivery d) {
        var subscription = subscriptions.byId(d.subscriptionId());
        if (subscription.isEmpty()) {
            return;
        }
        byte[] body = d.payload().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.get().url())).timeout(properties.timeout())
                .header("Content-Type", "application/json").header("User-Agent", "avengine-webhooks")
                .header(Signature.HEADER, Signature.of(subscription.get().secret(), body))
                .header("X-Avengine-Delivery", d.id()).header("X-Avengine-Event", d.eventType().name())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                deliveries.delivered(d.id(), status);
                log.debug("Webhook delivery {} to {}: {}", d.id(), subscription.get().url(), status);
            } else {
                failed(d, status, "HTTP " + status);
            }
        } catch (IOException e) {
            failed(d, null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void failed(Delivery d, Integer status, String error) {
        int attempts = d.attempts() + 1;
        Instant next = Instant.now().plus(properties.backoff(attempts));
        boolean giveUp = next.isAfter(d.created().plus(properties.retryFor()));
        String shortError = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        deliveries.attemptFailed(d.id(), status, shortError, giveUp ? null : next);
        log.info("Webhook delivery {} attempt {} failed ({}); {}", d.id(), attempts, shortError,
                giveUp ? "marked FAILED" : "next attempt at " + next);
    }
}
