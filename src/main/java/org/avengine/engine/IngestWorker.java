package org.avengine.engine;

import java.util.Optional;
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
 * Claims queued assets from the database (a conditional update, so any number of nodes may run one)
 * and ingests up to {@code avengine.engine.ingest.concurrency} at once on its own threads.
 */
@Component
class IngestWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IngestWorker.class);

    private final Assets assets;
    private final Ingest ingest;
    private final EngineProperties.Ingest config;
    private final Semaphore slots;
    private ScheduledExecutorService poller;
    private ExecutorService executor;

    IngestWorker(Assets assets, Ingest ingest, EngineProperties properties) {
        this.assets = assets;
        this.ingest = ingest;
        this.config = properties.ingest();
        this.slots = new Semaphore(config.concurrency());
    }

    @Override
    public void start() {
        executor = Executors.newFixedThreadPool(config.concurrency(), threads("avengine-ingest-"));
        poller = Executors.newSingleThreadScheduledExecutor(threads("avengine-ingest-poll-"));
        long millis = config.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::claim, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void claim() {
        while (slots.tryAcquire()) {
            Optional<Asset> claimed;
            try {
                claimed = assets.claimQueued();
            } catch (RuntimeException e) {
                slots.release();
                log.warn("Looking for assets to ingest failed; trying again", e);
                return;
            }
            if (claimed.isEmpty()) {
                slots.release();
                return;
            }
            executor.execute(() -> {
                try {
                    ingest.run(claimed.get());
                } finally {
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
        poller.shutdownNow();
        executor.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return poller != null && !poller.isShutdown();
    }
}
