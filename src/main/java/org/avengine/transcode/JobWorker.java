package org.avengine.transcode;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
import org.springframework.stereotype.Component;

/**
 * This node's worker: claims jobs from the database up to its concurrency, runs each on its own
 * thread, heart-beats their leases (which also carries progress and notices cancels), and re-queues
 * jobs whose worker, here or on another node, stopped heart-beating.
 */
@Component
class JobWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobWorker.class);

    private final JobRepository jobs;
    private final JobLifecycle lifecycle;
    private final JobRunner runner;
    private final TranscodeProperties.Worker config;
    private final String nodeId;
    private final Map<JobId, RunningJob> running = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;
    private ExecutorService executor;
    private volatile boolean started;

    JobWorker(JobRepository jobs, JobLifecycle lifecycle, JobRunner runner, TranscodeProperties properties,
            NodeIdentity node) {
        this.jobs = jobs;
        this.lifecycle = lifecycle;
        this.runner = runner;
        this.config = properties.worker();
        this.nodeId = node.id();
    }

    @Override
    public void start() {
        if (!config.enabled()) {
            log.info("Worker disabled on node {}", nodeId);
            return;
        }
        executor = Executors.newFixedThreadPool(config.concurrency(), threads("avengine-job-"));
        scheduler = Executors.newScheduledThreadPool(2, threads("avengine-worker-"));
        schedule(this::claim, config.pollInterval());
        schedule(this::heartbeat, config.heartbeatInterval());
        schedule(this::recoverExpired, config.leaseDuration().dividedBy(4));
        started = true;
        log.info("Worker on node {} runs up to {} jobs at once", nodeId, config.concurrency());
    }

    private void claim() {
        while (started && running.size() < config.concurrency()) {
            String token = UUID.randomUUID().toString();
            Instant now = Instant.now();
            var claimed = jobs.claimNext(nodeId, token, now, now.plus(config.leaseDuration()));
            if (claimed.isEmpty()) {
                return;
            }
            RunningJob job = new RunningJob(claimed.get(), token, now);
            running.put(job.job().id(), job);
            executor.execute(() -> {
                try {
                    runner.run(job);
                } finally {
                    running.remove(job.job().id());
                }
            });
        }
    }

    private void heartbeat() {
        Instant now = Instant.now();
        for (RunningJob job : running.values()) {
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
            lifecycle.recoverExpired(job, config.maxRetries());
        }
    }

    private void schedule(Runnable task, Duration every) {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("Worker task failed; it runs again in {}", every, e);
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (!started) {
            return;
        }
        started = false;
        scheduler.shutdownNow();
        running.values().forEach(job -> {
            job.loseLease();
            lifecycle.retry(job.job().id(), job.leaseToken());
        });
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return started;
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
