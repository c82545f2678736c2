package org.avengine.engine;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.avengine.system.NodeIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Claims queued assets from the database (a conditional update, so any number of nodes may run one)
 * and ingests up to {@code avengine.engine.ingest.concurrency} at once on its own threads. A claim is
 * a lease of {@code lease-duration}, extended every third of it while the ingest runs; any node claims
 * again an asset whose lease ran out, as the transcoder does with jobs (docs/adr/0001). Only nodes
 * with the {@code worker} role ingest.
 */
@Component
class IngestWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IngestWorker.class);

    private final Assets assets;
    private final Ingest ingest;
    private final EngineProperties.Ingest config;
    private final Semaphore slots;
    private final NodeIdentity node;
    private final Map<AssetId, String> running = new ConcurrentHashMap<>();
    private ScheduledExecutorService poller;
    private ExecutorService executor;

    IngestWorker(Assets assets, Ingest ingest, EngineProperties properties, NodeIdentity node) {
        this.assets = assets;
        this.node = node;
        this.ingest = ingest;
        this.config = properties.ingest();
        this.slots = new Semaphore(config.concurrency());
    }

    @Override
    public void start() {
        if (!node.isWorker()) {
            return;
        }
        executor = Executors.newFixedThreadPool(config.concurrency(), threads("avengine-ingest-"));
        poller = Executors.newSingleThreadScheduledExecutor(threads("avengine-ingest-poll-"));
        long millis = config.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::claim, millis, millis, TimeUnit.MILLISECONDS);
        long beat = config.leaseDuration().toMillis() / 3;
        poller.scheduleWithFixedDelay(this::heartbeat, beat, beat, TimeUnit.MILLISECONDS);
    }

    /** Extends the lease of every ingest this node runs; one that was taken over or ended is dropped. */
    private void heartbeat() {
        running.forEach((id, token) -> {
            try {
                if (!assets.extendLease(id, token, Instant.now().plus(config.leaseDuration()))) {
                    running.remove(id, token);
                }
            } catch (RuntimeException e) {
                log.warn("Extending the ingest lease of asset {} failed; trying again", id, e);
            }
        });
    }

    private void claim() {
        while (slots.tryAcquire()) {
            Optional<Assets.Claim> claimed;
            try {
                Instant now = Instant.now();
                claimed = assets.claim(now, now.plus(config.leaseDuration()));
            } catch (RuntimeException e) {
                slots.release();
                log.warn("Looking for assets to ingest failed; trying again", e);
                return;
            }
            if (claimed.isEmpty()) {
                slots.release();
                return;
            }
            Asset asset = claimed.get().asset();
            running.put(asset.id(), asset.ingestToken());
            executor.execute(() -> {
                try {
                    ingest.run(claimed.get(), config.maxAttempts());
                } finally {
                    running.remove(asset.id(), asset.ingestToken());
                    slots.release();
                }
            });
        }
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
        if (poller == null) {
            return;
        }
        Map<AssetId, String> stopped = Map.copyOf(running);
        poller.shutdownNow();
        executor.shutdownNow();
        // what this node was ingesting is stopped, not failed: its leases end now so that a node claims it at once
        stopped.forEach((id, token) -> assets.extendLease(id, token, Instant.EPOCH));
    }

    @Override
    public boolean isRunning() {
        return poller != null && !poller.isShutdown();
    }
}
