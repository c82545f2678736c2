package org.avengine.transcode;

import java.time.Duration;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every finished job once, on the node that delivers its final event:
 * {@code avengine_job_duration_seconds} (start to finish of its last run, by queue and status) and,
 * for complete jobs, {@code avengine_job_realtime_factor} (seconds of media per second of work).
 */
@Component
class JobMetrics {

    private static final Logger log = LoggerFactory.getLogger(JobMetrics.class);

    private final MeterRegistry registry;
    private final JobRepository jobs;

    JobMetrics(MeterRegistry registry, JobRepository jobs) {
        this.registry = registry;
        this.jobs = jobs;
    }

    @EventListener
    void on(JobStateChanged event) {
        if (!"COMPLETE".equals(event.status()) && !"ERROR".equals(event.status())) {
            return;
        }
        try {
            jobs.findById(event.jobId()).ifPresent(this::record);
        } catch (RuntimeException e) {
            log.warn("Could not record the metrics of job {}: {}", event.jobId().value(), e.toString());
        }
    }

    private void record(Job job) {
        if (job.startedAt() == null || job.finishedAt() == null) {
            return;
        }
        Duration took = Duration.between(job.startedAt(), job.finishedAt());
        Timer.builder("avengine.job.duration").description("Time from a job's (last) start to its end")
                .tags("queue", job.queue(), "status", job.status().name()).register(registry).record(took);
        long mediaMillis = job.outputGroups().stream().flatMap(group -> group.outputDetails().stream())
                .mapToLong(output -> output.durationInMs() == null ? 0 : output.durationInMs()).max().orElse(0);
        if (job.status() == JobStatus.COMPLETE && mediaMillis > 0 && !took.isZero()) {
            DistributionSummary.builder("avengine.job.realtime.factor")
                    .description("Seconds of media transcoded per second of work (above 1 = faster than real time)")
                    .tags("queue", job.queue()).register(registry).record(mediaMillis / (double) took.toMillis());
        }
    }
}
