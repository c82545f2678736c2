package org.avengine.transcode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The cluster's jobs as gauges, read from the shared database every
 * {@code avengine.transcode.metrics.refresh-interval}: {@code avengine_jobs} by status and queue, and
 * {@code avengine_queue_depth} (SUBMITTED jobs) by queue, the metric a HorizontalPodAutoscaler scales
 * worker nodes on. Every node exports the same values; take their maximum, not their sum.
 */
@Component
class QueueGauges {

    private final JdbcClient jdbc;
    private final MultiGauge jobs;
    private final MultiGauge depth;

    QueueGauges(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.jobs = MultiGauge.builder("avengine.jobs").description("Jobs by status and queue").register(registry);
        this.depth = MultiGauge.builder("avengine.queue.depth")
                .description("Jobs waiting to be claimed (SUBMITTED), by queue").register(registry);
    }

    @Scheduled(fixedDelayString = "${avengine.transcode.metrics.refresh-interval:5s}")
    void refresh() {
        Map<String, Map<JobStatus, Long>> counts = new HashMap<>();
        jdbc.sql("SELECT name FROM queues").query(String.class).list()
                .forEach(queue -> counts.put(queue, new HashMap<>()));
        jdbc.sql("SELECT queue, status, COUNT(*) AS n FROM jobs GROUP BY queue, status")
                .query((rs, n) -> counts.computeIfAbsent(rs.getString("queue"), q -> new HashMap<>())
                        .put(JobStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list();
        List<MultiGauge.Row<?>> jobRows = new ArrayList<>();
        List<MultiGauge.Row<?>> depthRows = new ArrayList<>();
        counts.forEach((queue, byStatus) -> {
            for (JobStatus status : JobStatus.values()) {
                jobRows.add(MultiGauge.Row.of(Tags.of("queue", queue, "status", status.name()), byStatus.getOrDefault(status, 0L)));
            }
            depthRows.add(MultiGauge.Row.of(Tags.of("queue", queue), byStatus.getOrDefault(JobStatus.SUBMITTED, 0L)));
        });
        jobs.register(jobRows, true);
        depth.register(depthRows, true);
    }
}
