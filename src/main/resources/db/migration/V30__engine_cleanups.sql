-- Deletions the engine owes the object store. A row is written in the same transaction as the asset
-- change that makes it due (a delete, a policy change, a removed channel, a finished ingest) and is
-- carried out by the cleanup worker of any node, then removed. is_prefix = FALSE deletes the one object
-- bucket/object_key; TRUE deletes every object whose key starts with object_key (a folder, always ending
-- in '/'). due_at (epoch ms) is when the row may next be claimed: a claim moves it to the end of the
-- claim's lease (a node that stops mid-cleanup leaves it to be claimed again), a failure to the next
-- retry. An asset is not ingested again while rows of its own are pending.
CREATE TABLE engine_cleanups (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    customer_id INTEGER       NOT NULL,
    space_id    INTEGER       NOT NULL,
    asset_id    VARCHAR(220)  NOT NULL,
    bucket      VARCHAR(63)   NOT NULL,
    object_key  VARCHAR(1100) NOT NULL,
    is_prefix   BOOLEAN       NOT NULL,
    created_at  BIGINT        NOT NULL,
    due_at      BIGINT        NOT NULL,
    attempts    INTEGER       DEFAULT 0 NOT NULL,
    last_error  TEXT
);

CREATE INDEX engine_cleanups_due ON engine_cleanups (due_at);
CREATE INDEX engine_cleanups_asset ON engine_cleanups (customer_id, space_id, asset_id);
