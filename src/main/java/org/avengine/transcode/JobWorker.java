package org.avengine.transcode;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.avengine.system.NodeIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * This node's worker (on nodes with the {@code worker} role): claims jobs from the database up to its
 * concurrency, runs each on its own thread, heart-beats their leases (which also carries progress and
 * notices cancels), and re-queues jobs whose worker, here or on another node, stopped heart-beating.
 * At shutdown it stops claiming, lets running jobs finish within {@code shutdown-grace}, then stops
 * the rest and hands them back to the queue for another node to take at once.
 */
@Component
class JobWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobWorker.class);
    private static final Duration CLEAN_UP_WAIT = Duration.ofSeconds(30);

    private final JobRepository jobs;
    private final JobLifecycle lifecycle;
    private final Parts parts;
    private final TranscodeProperties.Worker config;
    private final RunningJobs running;
    private ScheduledExecutorService scheduler;
    private ExecutorService executor;
    private volatile boolean claiming;
    private volatile boolean started;

    JobWorker(JobRepository jobs, JobLifecycle lifecycle, Parts parts, TranscodeProperties properties) {
        this.jobs = jobs;
        this.lifecycle = lifecycle;
        this.parts = parts;
        this.config = properties.worker();
        this.running = new RunningJobs(parts.node());
    }

    /** What the worker runs jobs with: the runner, their work folders, and this node. */
    @Component
    record Parts(JobRunner runner, WorkFolders folders, NodeIdentity node) {
    }

    @Override
    public void start() {
        if (!config.enabled() || !parts.node().isWorker()) {
            log.info("Node {} claims no jobs (roles {}, worker enabled: {})", nodeId(), parts.node().roles(), config.enabled());
            return;
        }
        parts.folders().removeStale(Instant.now());
        executor = Executors.newFixedThreadPool(config.concurrency(), threads("avengine-job-"));
        scheduler = Executors.newScheduledThreadPool(2, threads("avengine-worker-"));
        claiming = true;
        started = true;
        schedule(this::claim, config.pollInterval());
        schedule(this::heartbeat, config.heartbeatInterval());
        schedule(this::recoverExpired, config.leaseDuration().dividedBy(4));
        log.info("Worker on node {} runs up to {} jobs at once", nodeId(), config.concurrency());
    }

    /** Looks for work at once when a job is queued, rather than at the next poll. */
    @EventListener
    void on(JobStateChanged event) {
        if ("SUBMITTED".equals(event.status())) {
            wake();
        }
    }

    private void wake() {
        ScheduledExecutorService current = scheduler;
        if (!claiming || current == null) {
            return;
        }
        try {
            current.execute(() -> {
                try {
                    claim();
                } catch (RuntimeException e) {
                    log.warn("Claiming after a wake-up failed; the next poll tries again: {}", e.toString());
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            log.debug("No wake-up: the worker is stopping");
        }
    }

    private synchronized void claim() {
        while (claiming && running.size() < config.concurrency()) {
            String token = UUID.randomUUID().toString();
            Instant now = Instant.now();
            var claimed = jobs.claimNext(nodeId(), token, now, now.plus(config.leaseDuration()));
            if (claimed.isEmpty()) {
                return;
            }
            RunningJob job = new RunningJob(claimed.get(), token, now);
            running.add(job);
            executor.execute(() -> {
                try {
                    parts.runner().run(job);
                } finally {
                    running.remove(job);
                    wake();
                }
            });
        }
    }

    private void heartbeat() {
        Instant now = Instant.now();
        for (RunningJob job : running.all()) {
            if (job.leaseLost()) {
                continue;
            }
            if (!jobs.heartbeat(job.job().id(), job.leaseToken(), job.phase(), job.percent(), now.plus(config.leaseDuration()))) {
                log.info("Job {} is no longer this node's (canceled or re-queued); stopping it", job.job().id());
                job.loseLease();
            } else if (Duration.between(job.lastStatusUpdate(), now).compareTo(StatusUpdates.interval(job.job())) >= 0) {
                job.statusUpdated(now);
                lifecycle.statusUpdate(job.job().id(), job.phase(), job.percent());
            }
        }
    }

    private void recoverExpired() {
        for (Job job : jobs.withExpiredLease(Instant.now())) {
            lifecycle.recoverExpired(job);
        }
    }

    private void schedule(Runnable task, Duration every) {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("Worker task failed; it runs again in {}: {}", every, e.toString());
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (!started) {
            return;
        }
        claiming = false;
        try {
            drain();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            started = false;
            scheduler.shutdownNow();
            executor.shutdownNow();
        }
    }

    /** Lets running jobs finish within the grace period, then stops the rest and releases their leases. */
    private void drain() throws InterruptedException {
        log.info("Node {} stops claiming; waiting up to {} for {} running job(s)", nodeId(), config.shutdownGrace(), running.size());
        if (running.awaitNone(config.shutdownGrace())) {
            return;
        }
        for (RunningJob job : running.all()) {
            job.loseLease();
            if (lifecycle.release(job.job().id(), job.leaseToken())) {
                log.info("Job {} handed back to its queue: node {} is shutting down", job.job().id(), nodeId());
            }
        }
        if (!running.awaitNone(CLEAN_UP_WAIT)) {
            log.warn("{} job(s) did not clean up within {}", running.size(), CLEAN_UP_WAIT);
        }
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    private String nodeId() {
        return parts.node().id();
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
