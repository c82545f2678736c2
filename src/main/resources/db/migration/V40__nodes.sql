-- The nodes sharing this database: each writes its row at start-up and a heartbeat with the number of
-- jobs it runs while it is up, and marks stopped_at when it shuts down cleanly. Times are epoch milliseconds.
CREATE TABLE nodes (
    id             VARCHAR(128) PRIMARY KEY,
    roles          VARCHAR(64)  NOT NULL,
    started_at     BIGINT       NOT NULL,
    last_heartbeat BIGINT       NOT NULL,
    running_jobs   INTEGER      NOT NULL DEFAULT 0,
    stopped_at     BIGINT
);
