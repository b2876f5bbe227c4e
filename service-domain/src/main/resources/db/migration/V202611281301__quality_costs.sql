-- R-C4: a quality cost registered by after-sales, confirmed (deducted) or rejected by the Engineering Department.
CREATE TABLE quality_cost (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    version            BIGINT         NOT NULL,
    created_at         TIMESTAMP      NOT NULL,
    created_by         VARCHAR(64)    NOT NULL,
    modified_at        TIMESTAMP      NOT NULL,
    modified_by        VARCHAR(64)    NOT NULL,
    retention_id       BIGINT         NOT NULL REFERENCES subcontractor_retention (id),
    service_case_id    BIGINT         REFERENCES service_case (id),
    equipment_item_id  BIGINT         REFERENCES equipment_item (id),
    amount             DECIMAL(19, 2) NOT NULL,
    cause              VARCHAR(500)   NOT NULL,
    state              VARCHAR(20)    NOT NULL,
    decided_by         VARCHAR(64),
    decided_at         TIMESTAMP,
    rejection_reason   VARCHAR(500),
    entry_id           BIGINT         REFERENCES retention_entry (id),
    CONSTRAINT ck_quality_cost_amount CHECK (amount > 0)
);
CREATE INDEX ix_quality_cost_retention ON quality_cost (retention_id);
CREATE INDEX ix_quality_cost_state ON quality_cost (state);
