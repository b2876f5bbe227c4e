-- Service cases, issue 3 step (1): intake (R-S1), classification (R-L3), responsibility (R-L5), the SLA clocks with
-- their pauses (R-S3, R-S4, R-S5) and the timeline of every case.
-- Same conventions as before: standard SQL for H2 2.x and PostgreSQL 15, ids from aftersales_seq, the BaseEntity
-- columns on every mutable table, an index on every foreign key that does not lead a unique constraint. Instants are
-- TIMESTAMP columns written through InstantConverter. YEAR and VALUE are reserved in H2, hence counter_year.

-- The readable case numbers SC-yyyy-nnnnn: one row per year holds the last number given out, counted up by an UPDATE
-- that locks the row until the registration commits. Row 0 is no year: ServiceCaseService locks it before it inserts
-- the row of a new year, so two first cases of one year cannot both insert. Not an entity: SQL only.
CREATE TABLE case_number_counter (
    counter_year  INTEGER NOT NULL PRIMARY KEY,
    last_value    INTEGER NOT NULL,
    CONSTRAINT ck_case_number_counter_last_value CHECK (last_value >= 0)
);
INSERT INTO case_number_counter (counter_year, last_value) VALUES (0, 0);

-- R-S1: one row per call, fax, e-mail, letter, hotline call or visit. Fields set at intake never change.
-- priority_case = crisis flagged and the case still open (R-S11): lists sort by it.
CREATE TABLE service_case (
    id                              BIGINT         NOT NULL PRIMARY KEY,
    version                         BIGINT         NOT NULL,
    created_at                      TIMESTAMP      NOT NULL,
    created_by                      VARCHAR(64)    NOT NULL,
    modified_at                     TIMESTAMP      NOT NULL,
    modified_by                     VARCHAR(64)    NOT NULL,
    case_number                     VARCHAR(20)    NOT NULL,
    project_id                      BIGINT         NOT NULL REFERENCES project (id),
    equipment_item_id               BIGINT         REFERENCES equipment_item (id),
    channel                         VARCHAR(30)    NOT NULL,
    case_type                       VARCHAR(30)    NOT NULL,
    reporter_name                   VARCHAR(100)   NOT NULL,
    received_at                     TIMESTAMP      NOT NULL,
    description                     VARCHAR(4000)  NOT NULL,
    major_matter                    BOOLEAN        NOT NULL,
    service_class                   VARCHAR(30)    NOT NULL,
    classification_override_reason  VARCHAR(500),
    responsibility                  VARCHAR(30)    NOT NULL,
    status                          VARCHAR(30)    NOT NULL,
    crisis                          BOOLEAN        NOT NULL,
    priority_case                   BOOLEAN        NOT NULL,
    replied_at                      TIMESTAMP,
    leader_reported_at              TIMESTAMP,
    on_site_confirmed_at            TIMESTAMP,
    arrived_at                      TIMESTAMP,
    answer                          VARCHAR(4000),
    closed_at                       TIMESTAMP,
    cancelled_at                    TIMESTAMP,
    cancel_reason                   VARCHAR(500),
    CONSTRAINT uk_service_case_number UNIQUE (case_number)
);
CREATE INDEX ix_service_case_project ON service_case (project_id);
CREATE INDEX ix_service_case_equipment_item ON service_case (equipment_item_id);
CREATE INDEX ix_service_case_received_at ON service_case (received_at);
CREATE INDEX ix_service_case_status ON service_case (status);

-- R-S3 … R-S5: at most one clock of each kind per case; a clock that has not started has no row. sla_hours is fixed
-- when the clock starts (R-O2); due_at = started_at + sla_hours + paused_seconds, kept for list filters.
CREATE TABLE service_case_clock (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    modified_at      TIMESTAMP    NOT NULL,
    modified_by      VARCHAR(64)  NOT NULL,
    service_case_id  BIGINT       NOT NULL REFERENCES service_case (id),
    kind             VARCHAR(20)  NOT NULL,
    started_at       TIMESTAMP    NOT NULL,
    sla_hours        INTEGER      NOT NULL,
    paused_seconds   BIGINT       NOT NULL,
    paused_since     TIMESTAMP,
    due_at           TIMESTAMP    NOT NULL,
    met_at           TIMESTAMP,
    stopped_at       TIMESTAMP,
    CONSTRAINT uk_service_case_clock_kind UNIQUE (service_case_id, kind),
    CONSTRAINT ck_service_case_clock_hours CHECK (sla_hours >= 1),
    CONSTRAINT ck_service_case_clock_paused CHECK (paused_seconds >= 0)
);
CREATE INDEX ix_service_case_clock_due_at ON service_case_clock (due_at);

-- R-S5: the stretches the arrival clock waited on the owner; resumed_at NULL = the pause is still open.
CREATE TABLE service_case_clock_pause (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    modified_at  TIMESTAMP    NOT NULL,
    modified_by  VARCHAR(64)  NOT NULL,
    clock_id     BIGINT       NOT NULL REFERENCES service_case_clock (id),
    reason       VARCHAR(500) NOT NULL,
    paused_at    TIMESTAMP    NOT NULL,
    resumed_at   TIMESTAMP,
    CONSTRAINT ck_service_case_clock_pause_order CHECK (resumed_at IS NULL OR resumed_at >= paused_at)
);
CREATE INDEX ix_service_case_clock_pause_clock ON service_case_clock_pause (clock_id);

-- The timeline: who (actor), when (occurred_at), what (kind), and a detail; appended, never changed.
CREATE TABLE service_case_event (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    modified_at      TIMESTAMP     NOT NULL,
    modified_by      VARCHAR(64)   NOT NULL,
    service_case_id  BIGINT        NOT NULL REFERENCES service_case (id),
    occurred_at      TIMESTAMP     NOT NULL,
    kind             VARCHAR(40)   NOT NULL,
    actor            VARCHAR(64)   NOT NULL,
    detail           VARCHAR(1000)
);
CREATE INDEX ix_service_case_event_case ON service_case_event (service_case_id, occurred_at);
