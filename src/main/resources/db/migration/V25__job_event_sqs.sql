-- Job state-change events still to be sent to the SQS queue of avengine.transcode.events.sqs: one row
-- per event, written with the event while sending is enabled, deleted once SQS has accepted it.
CREATE TABLE job_event_sqs (
    event_id        VARCHAR(64)   NOT NULL PRIMARY KEY,
    attempts        INT           NOT NULL,
    next_attempt_at BIGINT        NOT NULL,
    last_error      VARCHAR(1000)
);

CREATE INDEX job_event_sqs_due ON job_event_sqs (next_attempt_at);
