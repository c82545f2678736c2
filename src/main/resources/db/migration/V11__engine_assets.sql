-- Delivery-channel policies: a named list of preset (friendly) names. customer_id 0 holds the
-- policies every customer may use; a customer's own policy of the same name wins.
CREATE TABLE engine_policies (
    customer_id INTEGER      NOT NULL,
    channel     VARCHAR(32)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    presets     TEXT         NOT NULL,
    PRIMARY KEY (customer_id, channel, name)
);

INSERT INTO engine_policies (customer_id, channel, name, presets) VALUES
    (0, 'iiif-av', 'default-video', '["video-mp4-720p"]'),
    (0, 'iiif-av', 'default-audio', '["audio-mp3-128"]');

-- Assets. state: QUEUED (waiting for ingest), INGESTING (origin being copied, job being made),
-- TRANSCODING (job submitted), DONE (finished, with or without an error). transcodes is the
-- AVTranscodes JSON; delivery_channels and fields (string1..3, number1..3, tags) are JSON too.
CREATE TABLE engine_assets (
    customer_id       INTEGER       NOT NULL,
    space_id          INTEGER       NOT NULL,
    id                VARCHAR(220)  NOT NULL,
    origin            TEXT          NOT NULL,
    family            VARCHAR(1)    NOT NULL,
    media_type        VARCHAR(100)  NOT NULL,
    delivery_channels TEXT          NOT NULL,
    presets           TEXT          NOT NULL,
    fields            TEXT          NOT NULL,
    created_at        BIGINT        NOT NULL,
    state             VARCHAR(16)   NOT NULL,
    ingest_token      VARCHAR(64)   NOT NULL,
    finished_at       BIGINT,
    error             TEXT,
    width             INTEGER,
    height            INTEGER,
    duration_ms       BIGINT,
    job_id            VARCHAR(64),
    input_location    VARCHAR(1200),
    transcodes        TEXT          NOT NULL,
    batch_id          INTEGER,
    PRIMARY KEY (customer_id, space_id, id)
);

CREATE INDEX engine_assets_state ON engine_assets (state, created_at);
CREATE INDEX engine_assets_job ON engine_assets (job_id);
