-- Issue 3 step (3): routing to suppliers (R-S2), complaint hand-offs (R-S10), notifications and the breach sweep
-- (R-S5, R-S11).

-- R-S2: a case forwarded to an equipment supplier or subcontractor, tracked until it answers.
CREATE TABLE service_case_supplier_forwarding (
    id                BIGINT         NOT NULL PRIMARY KEY,
    version           BIGINT         NOT NULL,
    created_at        TIMESTAMP      NOT NULL,
    created_by        VARCHAR(64)    NOT NULL,
    modified_at       TIMESTAMP      NOT NULL,
    modified_by       VARCHAR(64)    NOT NULL,
    service_case_id   BIGINT         NOT NULL REFERENCES service_case (id),
    subcontractor_id  BIGINT         NOT NULL REFERENCES subcontractor (id),
    sent_at           TIMESTAMP      NOT NULL,
    answer            VARCHAR(2000),
    answered_at       TIMESTAMP,
    CONSTRAINT ck_supplier_forwarding_answer CHECK ((answer IS NULL) = (answered_at IS NULL)),
    CONSTRAINT ck_supplier_forwarding_order CHECK (answered_at IS NULL OR answered_at >= sent_at)
);
CREATE INDEX ix_supplier_forwarding_case ON service_case_supplier_forwarding (service_case_id);
CREATE INDEX ix_supplier_forwarding_subcontractor ON service_case_supplier_forwarding (subcontractor_id);

-- R-S10: a complaint handed off to the Design Department (no subcontractor) or to a subcontractor (named).
CREATE TABLE service_case_complaint_handoff (
    id                BIGINT         NOT NULL PRIMARY KEY,
    version           BIGINT         NOT NULL,
    created_at        TIMESTAMP      NOT NULL,
    created_by        VARCHAR(64)    NOT NULL,
    modified_at       TIMESTAMP      NOT NULL,
    modified_by       VARCHAR(64)    NOT NULL,
    service_case_id   BIGINT         NOT NULL REFERENCES service_case (id),
    target            VARCHAR(20)    NOT NULL,
    subcontractor_id  BIGINT         REFERENCES subcontractor (id),
    subject           VARCHAR(20)    NOT NULL,
    sent_at           TIMESTAMP      NOT NULL,
    answer            VARCHAR(2000),
    answered_at       TIMESTAMP,
    CONSTRAINT ck_complaint_handoff_target CHECK (
        (target = 'DESIGN' AND subcontractor_id IS NULL) OR (target = 'SUBCONTRACTOR' AND subcontractor_id IS NOT NULL)),
    CONSTRAINT ck_complaint_handoff_answer CHECK ((answer IS NULL) = (answered_at IS NULL)),
    CONSTRAINT ck_complaint_handoff_order CHECK (answered_at IS NULL OR answered_at >= sent_at)
);
CREATE INDEX ix_complaint_handoff_case ON service_case_complaint_handoff (service_case_id);
CREATE INDEX ix_complaint_handoff_subcontractor ON service_case_complaint_handoff (subcontractor_id);

-- R-S10: the owner kept informed.
CREATE TABLE service_case_owner_update (
    id               BIGINT         NOT NULL PRIMARY KEY,
    version          BIGINT         NOT NULL,
    created_at       TIMESTAMP      NOT NULL,
    created_by       VARCHAR(64)    NOT NULL,
    modified_at      TIMESTAMP      NOT NULL,
    modified_by      VARCHAR(64)    NOT NULL,
    service_case_id  BIGINT         NOT NULL REFERENCES service_case (id),
    informed_at      TIMESTAMP      NOT NULL,
    update_text      VARCHAR(2000)  NOT NULL,
    informed_by      VARCHAR(64)    NOT NULL
);
CREATE INDEX ix_owner_update_case ON service_case_owner_update (service_case_id);

-- R-S2, R-S5, R-S11: a user's portal inbox; the text rendered in both languages when made.
CREATE TABLE notification (
    id               BIGINT         NOT NULL PRIMARY KEY,
    version          BIGINT         NOT NULL,
    created_at       TIMESTAMP      NOT NULL,
    created_by       VARCHAR(64)    NOT NULL,
    modified_at      TIMESTAMP      NOT NULL,
    modified_by      VARCHAR(64)    NOT NULL,
    recipient_id     BIGINT         NOT NULL REFERENCES app_user (id),
    kind             VARCHAR(30)    NOT NULL,
    service_case_id  BIGINT         REFERENCES service_case (id),
    case_number      VARCHAR(20),
    text_zh          VARCHAR(1000)  NOT NULL,
    text_en          VARCHAR(1000)  NOT NULL,
    notified_at      TIMESTAMP      NOT NULL,
    read_at          TIMESTAMP
);
CREATE INDEX ix_notification_recipient ON notification (recipient_id, notified_at);
CREATE INDEX ix_notification_case ON notification (service_case_id);

-- R-S5: when the breach sweep notified a clock's breach; set once, by the sweep's claim (UPDATE … WHERE IS NULL).
ALTER TABLE service_case_clock ADD COLUMN breach_notified_at TIMESTAMP;
CREATE INDEX ix_service_case_clock_breach ON service_case_clock (breach_notified_at, due_at);

-- Where a user's notifications are mailed; NULL: the portal inbox only.
ALTER TABLE app_user ADD COLUMN email VARCHAR(200);
