package org.avengine.notify;

import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries on threads of its own, {@code concurrency} at once: a poller claims them from
 * the database (so any number of nodes may send) and hands each to the pool. Nothing else waits for a
 * receiver.
 */
@Component
class WebhookSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private final Deliveries deliveries;
    private final WebhookAttempt attempt;
    private final WebhookProperties properties;
    private final Semaphore slots;
    private ScheduledExecutorService poller;
    private ExecutorService pool;

    WebhookSender(Deliveries deliveries, WebhookAttempt attempt, WebhookProperties properties) {
        this.deliveries = deliveries;
        this.attempt = attempt;
        this.properties = properties;
        this.slots = new Semaphore(properties.concurrency());
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            return;
        }
        pool = Executors.newFixedThreadPool(properties.concurrency(), threads("avengine-webhook-"));
        poller = Executors.newSingleThreadScheduledExecutor(threads("avengine-webhook-poll-"));
        long millis = properties.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::sendDue, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void sendDue() {
        try {
            int free = slots.availablePermits();
            if (free == 0) {
                return;
            }
            Instant now = Instant.now();
            for (Delivery d : deliveries.due(now, free)) {
                Instant holdUntil = now.plus(properties.timeout().multipliedBy(2));
                if (slots.tryAcquire() && claimOrRelease(d, now, holdUntil)) {
                    pool.execute(() -> {
                        try {
                            attempt.send(d);
                        } finally {
                            slots.release();
                        }
                    });
                }
            }
        } catch (RuntimeException e) {
            log.warn("Looking for webhook deliveries failed; trying again", e);
        }
    }

    private boolean claimOrRelease(Delivery d, Instant now, Instant holdUntil) {
        if (deliveries.claim(d, now, holdUntil)) {
            return true;
        }
        slots.release();
        return false;
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void stop() {
        if (poller != null) {
            poller.shutdownNow();
            pool.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return poller != null && !poller.isShutdown();
    }
}
