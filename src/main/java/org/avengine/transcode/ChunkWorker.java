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
import org.slf4j.MDC;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This node's share of chunked jobs, whichever node runs the job: claims chunk tasks up to
 * {@code chunking.concurrency}, encodes each on its own thread ({@link ChunkRun}), heart-beats their
 * leases (with progress; a heartbeat that no longer counts stops the chunk's ffmpeg), and queues
 * again the tasks of any node that stopped heart-beating. A failed task is queued again alone until
 * its retries are used up. Runs wherever the job worker runs.
 */
@Component
class ChunkWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChunkWorker.class);

    private final ChunkRepository chunks;
    private final ChunkRun runner;
    private final TranscodeProperties properties;
    private final String nodeId;
    private final Map<Long, RunningChunk> running = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;
    private ExecutorService executor;
    private volatile boolean started;

    ChunkWorker(ChunkRepository chunks, ChunkRun runner, TranscodeProperties properties, NodeIdentity node) {
        this.chunks = chunks;
        this.runner = runner;
        this.properties = properties;
        this.nodeId = node.id();
    }

    @Override
    public void start() {
        if (!properties.worker().enabled()) {
            return;
        }
        TranscodeProperties.Chunking config = properties.chunking();
        executor = Executors.newFixedThreadPool(config.concurrency(), threads("avengine-chunk-"));
        scheduler = Executors.newScheduledThreadPool(1, threads("avengine-chunks-"));
        started = true;
        schedule(this::claim, config.pollInterval());
        schedule(this::heartbeat, config.heartbeatInterval());
        schedule(() -> chunks.recoverExpired(Instant.now(), config.maxRetries()), config.leaseDuration().dividedBy(4));
    }

    private void claim() {
        TranscodeProperties.Chunking config = properties.chunking();
        while (started && running.size() < config.concurrency()) {
            String token = UUID.randomUUID().toString();
            var claimed = chunks.claimNext(nodeId, token, Instant.now().plus(config.leaseDuration()));
            if (claimed.isEmpty()) {
                return;
            }
            RunningChunk chunk = new RunningChunk(claimed.get());
            running.put(chunk.chunk().seq(), chunk);
            executor.execute(() -> run(chunk));
        }
    }

    private void run(RunningChunk running) {
        ClaimedChunk chunk = running.chunk();
        MDC.put("jobId", chunk.jobId());
        try {
            log.info("Encoding task {} of job {} (attempt {})", chunk.index(), chunk.jobId(), chunk.retryCount() + 1);
            runner.run(running);
            if (!running.lost() && !chunks.finish(chunk, Instant.now())) {
                runner.withdraw(chunk);
            }
        } catch (JobFailedException e) {
            if (!running.lost()) {
                log.warn("Task {} of job {} failed: {}", chunk.index(), chunk.jobId(), e.failure().message());
                chunks.fail(chunk, e.failure(), properties.chunking().maxRetries());
            }
        } catch (RuntimeException e) {
            log.warn("Task {} of job {} failed", chunk.index(), chunk.jobId(), e);
            chunks.fail(chunk, new JobFailure(JobFailure.INTERNAL, "Internal error: " + e, true),
                    properties.chunking().maxRetries());
        } finally {
            this.running.remove(chunk.seq());
            MDC.remove("jobId");
        }
    }

    private void heartbeat() {
        Instant until = Instant.now().plus(properties.chunking().leaseDuration());
        for (RunningChunk chunk : running.values()) {
            if (!chunk.lost() && !chunks.heartbeat(chunk.chunk(), chunk.percent(), until)) {
                log.info("Task {} of job {} no longer counts (its job was canceled or moved on); stopping it",
                        chunk.chunk().index(), chunk.chunk().jobId());
                chunk.lose();
            }
        }
    }

    private void schedule(Runnable task, Duration every) {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("Chunk worker task failed; it runs again in {}", every, e);
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
        running.values().forEach(chunk -> {
            chunk.lose();
            chunks.release(chunk.chunk());
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
