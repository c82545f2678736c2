-- Webhook subscriptions: customer_id NULL = the administrator's, receiving every customer's events.
-- event_types is a JSON array of names (JOB_COMPLETE, ASSET_FINISHED, ...). The secret signs the
-- bodies, so it is kept as given (the API never shows it).
CREATE TABLE webhook_subscriptions (
    id          VARCHAR(36)  PRIMARY KEY,
    customer_id INTEGER,
    url         VARCHAR(2000) NOT NULL,
    event_types TEXT         NOT NULL,
    secret      VARCHAR(500) NOT NULL,
    created_at  BIGINT       NOT NULL
);

CREATE INDEX webhook_subscriptions_customer ON webhook_subscriptions (customer_id);

-- One delivery of one event to one subscription. state: PENDING (due at next_attempt_at; a sender
-- moves next_attempt_at past its attempt while sending, so a stopped node's attempt is made again),
-- DELIVERED (a 2xx came back), FAILED (retry-for ran out). redelivery_of: the delivery re-sent by hand.
CREATE TABLE webhook_deliveries (
    id              VARCHAR(36)  PRIMARY KEY,
    subscription_id VARCHAR(36)  NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    event_type      VARCHAR(40)  NOT NULL,
    payload         TEXT         NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    attempts        INTEGER      NOT NULL,
    next_attempt_at BIGINT       NOT NULL,
    created_at      BIGINT       NOT NULL,
    last_attempt_at BIGINT,
    last_status     INTEGER,
    last_error      TEXT,
    delivered_at    BIGINT,
    redelivery_of   VARCHAR(36)
);

CREATE INDEX webhook_deliveries_due ON webhook_deliveries (state, next_attempt_at);
CREATE INDEX webhook_deliveries_subscription ON webhook_deliveries (subscription_id, created_at);
