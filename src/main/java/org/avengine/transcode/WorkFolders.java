package org.avengine.transcode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.avengine.system.AvengineProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * The jobs' work folders, {@code {data-dir}/work/{jobId}-{leaseToken prefix}}: one per run of a
 * job, removed when the run ends. A node that was killed leaves its folders behind; at start-up a
 * worker removes every folder whose run holds no live lease any more, and leaves alone those of runs
 * still going on another node that shares the data directory. Other folders under {@code work}
 * (the engine's ingest and probe folders) are not the worker's and are left alone.
 */
@Component
class WorkFolders {

    private static final Logger log = LoggerFactory.getLogger(WorkFolders.class);
    private static final int TOKEN_PREFIX = 8;
    private static final Pattern RUN_FOLDER = Pattern.compile("(\\d{13}-[a-z0-9]+)-([0-9a-f]{" + TOKEN_PREFIX + "})");

    private final Path root;
    private final JobRepository jobs;

    WorkFolders(AvengineProperties node, JobRepository jobs) {
        this.root = node.workDir();
        this.jobs = jobs;
    }

    Path of(RunningJob running) {
        return root.resolve(running.job().id().value() + "-" + running.leaseToken().substring(0, TOKEN_PREFIX));
    }

    /** Removes the folders left by runs that no longer hold their job's lease (their node stopped or died). */
    void removeStale(Instant now) {
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> stale;
        try (Stream<Path> folders = Files.list(root)) {
            stale = folders.filter(folder -> stale(folder.getFileName().toString(), now)).toList();
        } catch (IOException e) {
            log.warn("Cannot list the work folders under {}", root, e);
            return;
        }
        stale.forEach(WorkFolders::delete);
        if (!stale.isEmpty()) {
            log.info("Removed {} work folder(s) left by runs that ended without cleaning up", stale.size());
        }
    }

    private boolean stale(String name, Instant now) {
        Matcher run = RUN_FOLDER.matcher(name);
        return run.matches() && !jobs.leaseLive(run.group(1), run.group(2), now);
    }

    static void delete(Path dir) {
        try {
            FileSystemUtils.deleteRecursively(dir);
        } catch (IOException e) {
            log.warn("Could not remove work folder {}", dir, e);
        }
    }
}
