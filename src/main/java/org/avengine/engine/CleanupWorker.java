package org.avengine.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.avengine.storage.ObjectStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Carries out the deletions recorded in {@link Cleanups}, one at a time on its own thread, on every node
 * where {@code avengine.engine.cleanup.enabled}. A claim is a lease of {@code lease-duration}: a node that
 * stops mid-deletion leaves it to any node once the lease ran out, and since every deletion may run again,
 * doing one twice is harmless. A failure (the store is down) is retried after {@code retry-delay},
 * doubling up to {@code max-retry-delay}, for as long as it takes.
 */
@Component
class CleanupWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CleanupWorker.class);
    private static final int PER_ROUND = 100;

    private final Cleanups cleanups;
    private final ObjectStore store;
    private final EngineProperties.Cleanup config;
    private ScheduledExecutorService poller;

    CleanupWorker(Cleanups cleanups, ObjectStore store, EngineProperties properties) {
        this.cleanups = cleanups;
        this.store = store;
        this.config = properties.cleanup();
    }

    @Override
    public void start() {
        if (!config.enabled()) {
            log.info("This node does not clean up (avengine.engine.cleanup.enabled=false)");
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "avengine-cleanup");
            thread.setDaemon(true);
            return thread;
        });
        long millis = config.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::round, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Carries out due deletions until none is left or a round's share is done. */
    void round() {
        for (int i = 0; i < PER_ROUND; i++) {
            Optional<Cleanups.Claimed> claimed;
            try {
                claimed = cleanups.claim(Instant.now(), config.leaseDuration());
            } catch (RuntimeException e) {
                log.warn("Looking for deletions to carry out failed; trying again", e);
                return;
            }
            if (claimed.isEmpty()) {
                return;
            }
            perform(claimed.get());
        }
    }

    private void perform(Cleanups.Claimed claimed) {
        CleanupEntry entry = claimed.entry();
        try {
            if (entry.prefix()) {
                store.deletePrefix(entry.ref());
            } else {
                store.delete(entry.ref());
            }
            cleanups.done(claimed);
            log.info("Deleted {} of asset {}", entry, claimed.asset());
        } catch (RuntimeException e) {
            Duration delay = retryDelay(claimed.attempts());
            log.warn("Deleting {} of asset {} failed (attempt {}); trying again in {}: {}", entry, claimed.asset(),
                    claimed.attempts(), delay, e.toString());
            cleanups.failed(claimed, Instant.now().plus(delay), e.toString());
        }
    }

    private Duration retryDelay(int attempts) {
        Duration delay = config.retryDelay().multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(config.maxRetryDelay()) > 0 ? config.maxRetryDelay() : delay;
    }

    @Override
    public void stop() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return poller != null && !poller.isShutdown();
    }
}
