-- After-sales cost plans (R-C1), their lines by cost category, and supplemental cost requests (R-C2).

CREATE TABLE cost_plan (
    id                BIGINT         NOT NULL PRIMARY KEY,
    version           BIGINT         NOT NULL,
    created_at        TIMESTAMP      NOT NULL,
    created_by        VARCHAR(64)    NOT NULL,
    modified_at       TIMESTAMP      NOT NULL,
    modified_by       VARCHAR(64)    NOT NULL,
    project_id        BIGINT         NOT NULL REFERENCES project (id),
    due_date          DATE           NOT NULL,
    state             VARCHAR(20)    NOT NULL,
    submitted_by      VARCHAR(64),
    submitted_at      TIMESTAMP,
    decided_by        VARCHAR(64),
    decided_at        TIMESTAMP,
    rejection_reason  VARCHAR(500),
    CONSTRAINT uk_cost_plan_project UNIQUE (project_id)
);
CREATE INDEX ix_cost_plan_due_date ON cost_plan (due_date);

CREATE TABLE cost_plan_line (
    id              BIGINT         NOT NULL PRIMARY KEY,
    version         BIGINT         NOT NULL,
    created_at      TIMESTAMP      NOT NULL,
    created_by      VARCHAR(64)    NOT NULL,
    modified_at     TIMESTAMP      NOT NULL,
    modified_by     VARCHAR(64)    NOT NULL,
    cost_plan_id    BIGINT         NOT NULL REFERENCES cost_plan (id),
    category        VARCHAR(30)    NOT NULL,
    planned_amount  DECIMAL(19, 2) NOT NULL,
    note            VARCHAR(500),
    CONSTRAINT uk_cost_plan_line_category UNIQUE (cost_plan_id, category),
    CONSTRAINT ck_cost_plan_line_amount CHECK (planned_amount >= 0)
);

CREATE TABLE supplemental_cost_request (
    id              BIGINT         NOT NULL PRIMARY KEY,
    version         BIGINT         NOT NULL,
    created_at      TIMESTAMP      NOT NULL,
    created_by      VARCHAR(64)    NOT NULL,
    modified_at     TIMESTAMP      NOT NULL,
    modified_by     VARCHAR(64)    NOT NULL,
    cost_plan_id    BIGINT         NOT NULL REFERENCES cost_plan (id),
    category        VARCHAR(30)    NOT NULL,
    amount          DECIMAL(19, 2) NOT NULL,
    reason          VARCHAR(200)   NOT NULL,
    justification   VARCHAR(4000)  NOT NULL,
    state           VARCHAR(20)    NOT NULL,
    requested_by    VARCHAR(64)    NOT NULL,
    requested_at    TIMESTAMP      NOT NULL,
    decided_by      VARCHAR(64),
    decided_at      TIMESTAMP,
    decision_note   VARCHAR(200),
    CONSTRAINT ck_supplemental_cost_amount CHECK (amount > 0)
);
CREATE INDEX ix_supplemental_cost_request_plan ON supplemental_cost_request (cost_plan_id);
