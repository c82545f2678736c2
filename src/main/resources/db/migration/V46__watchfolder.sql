-- Watch rules saved through the API (rules from configuration are not stored). body is the rule's JSON.
CREATE TABLE watch_rules (
    name        VARCHAR(100) PRIMARY KEY,
    customer_id INTEGER,
    body        TEXT         NOT NULL,
    created_at  BIGINT       NOT NULL
);

-- One row per version of a file a rule has seen: claiming a file is inserting its row, so each
-- (rule, key, version) starts work once on any number of nodes. version is the store's tag and
-- modification time, so the same name dropped again is a new row.
-- state: CLAIMED (a node is starting its work until lease_until), SUBMITTED (asset registered or job
-- created), PROCESSED, FAILED (reason, error_code, error say why), SUPERSEDED (a newer version of the
-- same key replaced its asset). moved_at: when the file went to processed/ or failed/.
CREATE TABLE watch_items (
    id          VARCHAR(64)   PRIMARY KEY,
    rule_name   VARCHAR(100)  NOT NULL,
    bucket      VARCHAR(63)   NOT NULL,
    prefix_key  VARCHAR(1024) NOT NULL,
    object_key  VARCHAR(1024) NOT NULL,
    version     VARCHAR(200)  NOT NULL,
    entity      VARCHAR(255),
    state       VARCHAR(16)   NOT NULL,
    node_id     VARCHAR(200),
    lease_until BIGINT,
    asset_id    VARCHAR(300),
    job_id      VARCHAR(64),
    reason      VARCHAR(32),
    error_code  INTEGER,
    error       TEXT,
    created_at  BIGINT        NOT NULL,
    ended_at    BIGINT,
    moved_at    BIGINT,
    CONSTRAINT watch_items_version UNIQUE (rule_name, object_key, version)
);

CREATE INDEX watch_items_asset ON watch_items (asset_id);
CREATE INDEX watch_items_pending ON watch_items (state, moved_at);
