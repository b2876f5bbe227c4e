-- API.md, issue 16 (a weak connection loses nothing and doubles nothing): an act sent with an Idempotency-Key is
-- claimed here before it runs; the first response is kept, so the same key again answers that response and records
-- nothing new. Kept 7 days (IdempotencyKeys.KEPT). One row per key, whoever sent it: the same key from another user,
-- for another case or with another body is refused.
CREATE TABLE idempotency_key (
    key_value VARCHAR(100) NOT NULL PRIMARY KEY,
    username VARCHAR(64) NOT NULL,
    http_method VARCHAR(10) NOT NULL,
    request_path VARCHAR(500) NOT NULL,
    request_hash VARCHAR(64),
    state VARCHAR(20) NOT NULL,
    response_status INTEGER,
    response_type VARCHAR(200),
    response_location VARCHAR(1000),
    response_body VARCHAR(262144),
    created_at TIMESTAMP NOT NULL,
    completed_at TIMESTAMP
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
