-- Queues. Jobs name their queue; the claim skips PAUSED queues and queues already running
-- concurrent_jobs jobs (NULL = no limit of their own). Times are epoch milliseconds.
CREATE TABLE queues (
    name            VARCHAR(128) PRIMARY KEY,
    description     TEXT,
    status          VARCHAR(16)  NOT NULL,
    concurrent_jobs INTEGER,
    created_at      BIGINT,
    last_updated    BIGINT
);

INSERT INTO queues (name, description, status) VALUES ('Default', 'The queue of jobs that name none', 'ACTIVE');

CREATE INDEX jobs_queue_status ON jobs (queue, status);

-- Custom presets and job templates, each stored as its MediaConvert wire JSON (the SDK's Preset or
-- JobTemplate shape). System presets are not stored: they ship with avengine.
CREATE TABLE presets (
    name         VARCHAR(128) PRIMARY KEY,
    category     VARCHAR(256),
    body         TEXT         NOT NULL,
    created_at   BIGINT       NOT NULL
);

CREATE TABLE job_templates (
    name         VARCHAR(128) PRIMARY KEY,
    category     VARCHAR(256),
    body         TEXT         NOT NULL,
    created_at   BIGINT       NOT NULL
);
