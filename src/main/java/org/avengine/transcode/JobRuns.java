package org.avengine.transcode;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;


/** The {@link JobRun} of each job: one row, written when ffmpeg starts, while it reports speed, and when it ends. */
@Repository
class JobRuns {

    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    JobRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new attempt: its command, no speed and no stderr yet. */
    void started(JobId id, String commandLine) {
        String text = commandLine;
        int updated = jdbc.sql("""
                UPDATE job_runs SET command = :command, speed = NULL, stderr_tail = NULL, updated_at = :now
                WHERE job_id = :id""").param("command", text).param("now", clock.millis()).param("id", id.value()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO job_runs (job_id, command, updated_at) VALUES (:id, :command, :now)")
                    .param("id", id.value()).param("command", text).param("now", clock.millis()).update();
        }
    }

    void speed(JobId id, double speed) {
        jdbc.sql("UPDATE job_runs SET speed = :speed, updated_at = :now WHERE job_id = :id")
                .param("speed", speed).param("now", clock.millis()).param("id", id.value()).update();
    }

    void ended(JobId id, List<String> stderrTail) {
        jdbc.sql("UPDATE job_runs SET stderr_tail = :tail, updated_at = :now WHERE job_id = :id")
                .param("tail", String.join("\n", stderrTail)).param("now", clock.millis()).param("id", id.value()).update();
    }

    /** ffprobe could not read the input, so ffmpeg never started: no command, and ffprobe's message as the tail. */
    void probeFailed(JobId id, List<String> message) {
        String tail = String.join("\n", message);
        int updated = jdbc.sql("""
                UPDATE job_runs SET command = NULL, speed = NULL, stderr_tail = :tail, updated_at = :now
                WHERE job_id = :id""").param("tail", tail).param("now", clock.millis()).param("id", id.value()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO job_runs (job_id, stderr_tail, updated_at) VALUES (:id, :tail, :now)")
                    .param("id", id.value()).param("tail", tail).param("now", clock.millis()).update();
        }
    }

    Optional<JobRun> find(JobId id) {
        return jdbc.sql("SELECT command, speed, stderr_tail FROM job_runs WHERE job_id = :id").param("id", id.value())
                .query((rs, n) -> new JobRun(
                        rs.getString("command"),
                        rs.getObject("speed", Double.class),
                        rs.getString("stderr_tail") == null ? List.of() : Arrays.asList(rs.getString("stderr_tail").split("\n"))))
                .optional();
    }
}
