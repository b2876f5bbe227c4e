-- Issue 17 (events to the ERP) and the cluster issue's search index: one change log, written in the transaction of the
-- change it tells of. Ids come from change_log_counter, whose row lock each writer holds until its commit, so ids are
-- in commit order and a reader that continues after the last id it saw skips nothing (ChangeLog).
CREATE TABLE change_log_counter (
    id INTEGER NOT NULL PRIMARY KEY,
    last_id BIGINT NOT NULL
);
INSERT INTO change_log_counter (id, last_id) VALUES (1, 0);

CREATE TABLE change_event (
    id BIGINT NOT NULL PRIMARY KEY,
    kind VARCHAR(40) NOT NULL,
    occurred_at TIMESTAMP NOT NULL,
    resource VARCHAR(200) NOT NULL,
    external_id VARCHAR(64)
);
CREATE INDEX change_event_occurred ON change_event (occurred_at);
