-- The two retention registers (R-C4, R-C5): held from subcontractors, and owed to the company by owners.

CREATE TABLE subcontractor_retention (
    id                BIGINT         NOT NULL PRIMARY KEY,
    version           BIGINT         NOT NULL,
    created_at        TIMESTAMP      NOT NULL,
    created_by        VARCHAR(64)    NOT NULL,
    modified_at       TIMESTAMP      NOT NULL,
    modified_by       VARCHAR(64)    NOT NULL,
    project_id        BIGINT         NOT NULL REFERENCES project (id),
    subcontractor_id  BIGINT         NOT NULL REFERENCES subcontractor (id),
    held_amount       DECIMAL(19, 2) NOT NULL,
    deducted_amount   DECIMAL(19, 2) NOT NULL,
    released_amount   DECIMAL(19, 2) NOT NULL,
    release_date      DATE,
    CONSTRAINT uk_subcontractor_retention UNIQUE (project_id, subcontractor_id),
    -- The ledger's invariant, guarded by the database too: the balance never goes below zero.
    CONSTRAINT ck_subcontractor_retention_balance CHECK (held_amount - deducted_amount - released_amount >= 0)
);
CREATE INDEX ix_subcontractor_retention_subcontractor ON subcontractor_retention (subcontractor_id);

CREATE TABLE retention_entry (
    id               BIGINT         NOT NULL PRIMARY KEY,
    version          BIGINT         NOT NULL,
    created_at       TIMESTAMP      NOT NULL,
    created_by       VARCHAR(64)    NOT NULL,
    modified_at      TIMESTAMP      NOT NULL,
    modified_by      VARCHAR(64)    NOT NULL,
    retention_id     BIGINT         NOT NULL REFERENCES subcontractor_retention (id),
    kind             VARCHAR(20)    NOT NULL,
    amount           DECIMAL(19, 2) NOT NULL,
    entry_date       DATE           NOT NULL,
    cause            VARCHAR(500),
    service_case_id  BIGINT         REFERENCES service_case (id),
    CONSTRAINT ck_retention_entry_amount CHECK (amount > 0)
);
CREATE INDEX ix_retention_entry_retention ON retention_entry (retention_id);
CREATE INDEX ix_retention_entry_case ON retention_entry (service_case_id);

CREATE TABLE project_retention (
    id                       BIGINT         NOT NULL PRIMARY KEY,
    version                  BIGINT         NOT NULL,
    created_at               TIMESTAMP      NOT NULL,
    created_by               VARCHAR(64)    NOT NULL,
    modified_at              TIMESTAMP      NOT NULL,
    modified_by              VARCHAR(64)    NOT NULL,
    project_id               BIGINT         NOT NULL REFERENCES project (id),
    amount                   DECIMAL(19, 2) NOT NULL,
    defect_liability_months  INTEGER,
    due_date                 DATE           NOT NULL,
    invoice_number           VARCHAR(60),
    invoice_date             DATE,
    collected_amount         DECIMAL(19, 2) NOT NULL,
    CONSTRAINT uk_project_retention_project UNIQUE (project_id),
    CONSTRAINT ck_project_retention_collected CHECK (collected_amount <= amount)
);
CREATE INDEX ix_project_retention_due_date ON project_retention (due_date);

CREATE TABLE retention_collection (
    id                    BIGINT         NOT NULL PRIMARY KEY,
    version               BIGINT         NOT NULL,
    created_at            TIMESTAMP      NOT NULL,
    created_by            VARCHAR(64)    NOT NULL,
    modified_at           TIMESTAMP      NOT NULL,
    modified_by           VARCHAR(64)    NOT NULL,
    project_retention_id  BIGINT         NOT NULL REFERENCES project_retention (id),
    amount                DECIMAL(19, 2) NOT NULL,
    collected_on          DATE           NOT NULL,
    CONSTRAINT ck_retention_collection_amount CHECK (amount > 0)
);
CREATE INDEX ix_retention_collection_retention ON retention_collection (project_retention_id);
