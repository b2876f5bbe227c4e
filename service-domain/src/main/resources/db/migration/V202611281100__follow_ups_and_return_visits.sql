-- Owner follow-ups every two weeks (R-F2) with owners' declines, and return visits (R-F3).
-- Same conventions as the foundation: standard SQL for H2 2.x and PostgreSQL 15, ids from aftersales_seq, the
-- BaseEntity columns on every mutable table, an index on every foreign key.

-- R-F2: one row per contact made (or attempted). next_due_date is fixed when a contact reached the owner:
-- contact_day + period_days, the policy's follow-up period then in force (R-O2).
CREATE TABLE owner_follow_up (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    created_at        TIMESTAMP     NOT NULL,
    created_by        VARCHAR(64)   NOT NULL,
    modified_at       TIMESTAMP     NOT NULL,
    modified_by       VARCHAR(64)   NOT NULL,
    project_id        BIGINT        NOT NULL REFERENCES project (id),
    contacted_at      TIMESTAMP     NOT NULL,
    contact_day       DATE          NOT NULL,
    contacted_by      VARCHAR(64)   NOT NULL,
    owner_contact_id  BIGINT        REFERENCES owner_contact (id) ON DELETE SET NULL,
    contact_name      VARCHAR(100),
    channel           VARCHAR(20)   NOT NULL,
    reached           BOOLEAN       NOT NULL,
    equipment_status  VARCHAR(30),
    notes             VARCHAR(2000),
    period_days       INTEGER,
    next_due_date     DATE,
    service_case_id   BIGINT        REFERENCES service_case (id),
    CONSTRAINT ck_owner_follow_up_reached CHECK (reached = FALSE OR (next_due_date IS NOT NULL AND equipment_status IS NOT NULL))
);
CREATE INDEX ix_owner_follow_up_project ON owner_follow_up (project_id, contact_day);
CREATE INDEX ix_owner_follow_up_contact ON owner_follow_up (owner_contact_id);
CREATE INDEX ix_owner_follow_up_case ON owner_follow_up (service_case_id);

-- R-F2: the owner declined follow-ups; withdrawn_at set when they agree again. At most one in force per project
-- (checked by the service).
CREATE TABLE follow_up_decline (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    created_by    VARCHAR(64)   NOT NULL,
    modified_at   TIMESTAMP     NOT NULL,
    modified_by   VARCHAR(64)   NOT NULL,
    project_id    BIGINT        NOT NULL REFERENCES project (id),
    declined_at   TIMESTAMP     NOT NULL,
    recorded_by   VARCHAR(64)   NOT NULL,
    reason        VARCHAR(500)  NOT NULL,
    withdrawn_at  TIMESTAMP,
    withdrawn_by  VARCHAR(64)
);
CREATE INDEX ix_follow_up_decline_project ON follow_up_decline (project_id);

-- R-F3: planned, then done with the visit report.
CREATE TABLE return_visit (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    created_by     VARCHAR(64)   NOT NULL,
    modified_at    TIMESTAMP     NOT NULL,
    modified_by    VARCHAR(64)   NOT NULL,
    project_id     BIGINT        NOT NULL REFERENCES project (id),
    status         VARCHAR(20)   NOT NULL,
    planned_date   DATE          NOT NULL,
    plan_note      VARCHAR(500),
    visit_date     DATE,
    participants   VARCHAR(300),
    findings       VARCHAR(2000),
    owner_opinion  VARCHAR(2000),
    recorded_by    VARCHAR(64),
    CONSTRAINT ck_return_visit_done CHECK (status <> 'DONE' OR (visit_date IS NOT NULL AND findings IS NOT NULL))
);
CREATE INDEX ix_return_visit_project ON return_visit (project_id);
