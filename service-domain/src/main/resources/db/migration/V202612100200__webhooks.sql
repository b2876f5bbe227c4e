-- Issue 17, events to the ERP: webhook subscriptions and their deliveries. Each subscription keeps a cursor into
-- change_event (last_event_id: the events up to it are queued for it); each queued event is one webhook_delivery row,
-- PENDING until a receiver acknowledges it (DELIVERED) or 24 h of attempts pass (DEAD: the dead-letter list, retried
-- by hand). webhook_attempt is the delivery log. An instance claims a delivery for a short lease (claimed_until) with a
-- conditional UPDATE, so in a cluster one instance sends it (WebhookDispatcher). Kept like the events (90 days).
CREATE TABLE webhook_subscription (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_by VARCHAR(64) NOT NULL,
    modified_at TIMESTAMP NOT NULL,
    modified_by VARCHAR(64) NOT NULL,
    url VARCHAR(2000) NOT NULL,
    kinds VARCHAR(1000) NOT NULL,
    secret VARCHAR(200) NOT NULL,
    last_event_id BIGINT NOT NULL
);

CREATE TABLE webhook_delivery (
    id BIGINT NOT NULL PRIMARY KEY,
    subscription_id BIGINT NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id BIGINT NOT NULL,
    kind VARCHAR(40) NOT NULL,
    resource VARCHAR(200) NOT NULL,
    body VARCHAR(4000) NOT NULL,
    status VARCHAR(20) NOT NULL,
    queued_at TIMESTAMP NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at TIMESTAMP NOT NULL,
    first_attempt_at TIMESTAMP,
    claimed_until TIMESTAMP,
    finished_at TIMESTAMP,
    last_status INTEGER,
    last_error VARCHAR(500),
    CONSTRAINT webhook_delivery_event UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
CREATE INDEX webhook_delivery_queue ON webhook_delivery (subscription_id, resource, event_id);
CREATE INDEX webhook_delivery_finished ON webhook_delivery (finished_at);

CREATE TABLE webhook_attempt (
    id BIGINT NOT NULL PRIMARY KEY,
    delivery_id BIGINT NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempted_at TIMESTAMP NOT NULL,
    status_code INTEGER,
    error VARCHAR(500),
    duration_ms BIGINT NOT NULL
);
CREATE INDEX webhook_attempt_delivery ON webhook_attempt (delivery_id, attempted_at);
CREATE INDEX webhook_attempt_at ON webhook_attempt (attempted_at);
