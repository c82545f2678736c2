-- What a job's latest ffmpeg run showed, for people looking at the job: the command, the realtime
-- speed while it runs (a multiple of real time), and the last lines of its stderr once it ended.
-- One row per job; each attempt replaces it. Times are epoch milliseconds.
CREATE TABLE job_runs (
    job_id      VARCHAR(64) PRIMARY KEY,
    command     TEXT,
    speed       DOUBLE PRECISION,
    stderr_tail TEXT,
    updated_at  BIGINT NOT NULL
);
