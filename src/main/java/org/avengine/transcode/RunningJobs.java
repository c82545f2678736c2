package org.avengine.transcode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.avengine.system.NodeIdentity;

/** The jobs this node is running, counted on the node (for the node list); a shutdown waits for them. */
final class RunningJobs {

    private final Map<JobId, RunningJob> jobs = new ConcurrentHashMap<>();
    private final NodeIdentity node;

    RunningJobs(NodeIdentity node) {
        this.node = node;
    }

    void add(RunningJob job) {
        jobs.put(job.job().id(), job);
        node.jobStarted();
    }

    synchronized void remove(RunningJob job) {
        if (jobs.remove(job.job().id(), job)) {
            node.jobEnded();
        }
        notifyAll();
    }

    int size() {
        return jobs.size();
    }

    List<RunningJob> all() {
        return List.copyOf(jobs.values());
    }

    /** Waits until no job runs any more, or {@code max} passed; true when none runs. */
    synchronized boolean awaitNone(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (!jobs.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
