package org.avengine.notify;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of webhook delivery.
 *
 * @param enabled whether this node sends deliveries
 * @param concurrency deliveries this node sends at once
 * @param pollInterval how often an idle sender looks for due deliveries
 * @param timeout connect and response timeout of one attempt
 * @param initialBackoff wait before the first retry, doubled after each failed attempt
 * @param maxBackoff the longest wait between attempts
 * @param retryFor a delivery still failing this long after it was made is marked failed
 */
@ConfigurationProperties("avengine.notify.webhooks")
record WebhookProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("4") int concurrency,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("1s") Duration initialBackoff,
        @DefaultValue("5m") Duration maxBackoff,
        @DefaultValue("24h") Duration retryFor) {

    /** The wait after the given number of failed attempts (1 or more). */
    Duration backoff(int failedAttempts) {
        long factor = 1L << Math.min(failedAttempts - 1, 30);
        Duration wait = initialBackoff.multipliedBy(factor);
        return wait.compareTo(maxBackoff) > 0 || wait.isNegative() ? maxBackoff : wait;
    }
}
