package org.avengine.transcode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.avengine.storage.Location;
import org.avengine.storage.StorageException;
import org.avengine.system.AvengineProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Takes one claimed job from start to its final status: transcode, publish, complete, or fail with
 * a MediaConvert-style error. A failure that may pass (storage or network trouble) re-queues the job
 * by the {@link RetryPolicy}. The job's work folder is always removed, and outputs published by a
 * job that was canceled or taken over meanwhile are deleted.
 */
@Component
class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobExecution execution;
    private final OutputPublisher publisher;
    private final JobLifecycle lifecycle;
    private final Settings settings;

    JobRunner(JobExecution execution, OutputPublisher publisher, JobLifecycle lifecycle, Settings settings) {
        this.execution = execution;
        this.publisher = publisher;
        this.lifecycle = lifecycle;
        this.settings = settings;
    }

    /** The node and worker settings a run needs, and where runs keep their files. */
    @Component
    record Settings(AvengineProperties node, TranscodeProperties transcode, WorkFolders folders) {
    }

    void run(RunningJob running) {
        Job job = running.job();
        MDC.put("jobId", job.id().value());
        Path workDir = settings.folders().of(running);
        List<Location> published = new ArrayList<>();
        try {
            lifecycle.started(job);
            Files.createDirectories(workDir);
            TranscodePlan plan = execution.transcode(running, workDir, settings.transcode().worker().jobTimeout());
            if (plan == null) {
                log.info("Job {} stopped: it was canceled or taken over", job.id());
                return;
            }
            running.phase(JobPhase.UPLOADING, 100);
            List<OutputGroupResult> results = publisher.publish(plan, published);
            if (lifecycle.complete(job.id(), running.leaseToken(), results)) {
                log.info("Job {} complete: {} outputs", job.id(), plan.outputs().size());
            } else {
                publisher.withdraw(published);
            }
        } catch (JobFailedException e) {
            failed(running, e.failure(), published, e);
        } catch (StorageException e) {
            failed(running, new JobFailure(JobFailure.OUTPUT_WRITE, "Unable to write output: " + e.getMessage(),
                    e.isTransient()), published, e);
        } catch (TransientDataAccessException | DataAccessResourceFailureException e) {
            failed(running, new JobFailure(JobFailure.INTERNAL, "The database was unavailable: " + e.getMessage(), true),
                    published, e);
        } catch (IOException | RuntimeException e) {
            failed(running, new JobFailure(JobFailure.INTERNAL, "Internal error: " + e, false), published, e);
        } finally {
            deleteRecursively(workDir);
            MDC.remove("jobId");
        }
    }

    static void deleteRecursively(Path dir) {
        WorkFolders.delete(dir);
    }

    private void failed(RunningJob running, JobFailure failure, List<Location> published, Exception cause) {
        Job job = running.job();
        publisher.withdraw(published);
        if (running.leaseLost()) {
            return;
        }
        log.info("Job {} failed with {} ({}): {}", job.id(), failure.code(),
                failure.retryable() ? "transient" : "permanent", failure.message());
        log.debug("Job {} failure detail", job.id(), cause);
        lifecycle.fail(job.id(), running.leaseToken(), failure);
    }
}
