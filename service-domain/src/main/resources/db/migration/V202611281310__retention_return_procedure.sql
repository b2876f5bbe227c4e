-- R-C8: the statutory return procedure of the company's retention (application, verification, reminder), the
-- contract's return term and late-payment rate, and the configured rate history (one-year LPR by default).
ALTER TABLE project_retention ADD COLUMN return_term_days INTEGER DEFAULT 14 NOT NULL;
ALTER TABLE project_retention ADD COLUMN contract_late_rate_percent DECIMAL(7, 4);
ALTER TABLE project_retention ADD COLUMN application_sent_date DATE;
ALTER TABLE project_retention ADD COLUMN application_received_date DATE;
ALTER TABLE project_retention ADD COLUMN application_channel VARCHAR(20);
ALTER TABLE project_retention ADD COLUMN verification_date DATE;
ALTER TABLE project_retention ADD COLUMN verification_objection BOOLEAN;
ALTER TABLE project_retention ADD COLUMN objection_reason VARCHAR(500);
ALTER TABLE project_retention ADD COLUMN reminder_sent_date DATE;
ALTER TABLE project_retention ADD COLUMN reminder_received_date DATE;

-- The other way round: a subcontractor's application to the company, so the company answers in time.
ALTER TABLE subcontractor_retention ADD COLUMN application_sent_date DATE;
ALTER TABLE subcontractor_retention ADD COLUMN application_received_date DATE;
ALTER TABLE subcontractor_retention ADD COLUMN application_channel VARCHAR(20);
ALTER TABLE subcontractor_retention ADD COLUMN verification_date DATE;
ALTER TABLE subcontractor_retention ADD COLUMN verification_objection BOOLEAN;
ALTER TABLE subcontractor_retention ADD COLUMN objection_reason VARCHAR(500);
ALTER TABLE subcontractor_retention ADD COLUMN reminder_sent_date DATE;
ALTER TABLE subcontractor_retention ADD COLUMN reminder_received_date DATE;

CREATE TABLE late_payment_rate (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    modified_at     TIMESTAMP     NOT NULL,
    modified_by     VARCHAR(64)   NOT NULL,
    effective_from  DATE          NOT NULL,
    annual_percent  DECIMAL(7, 4) NOT NULL,
    CONSTRAINT uk_late_payment_rate UNIQUE (effective_from)
);

-- The one-year loan prime rate as published by the National Interbank Funding Center.
INSERT INTO late_payment_rate (id, version, created_at, created_by, modified_at, modified_by, effective_from, annual_percent)
VALUES (901, 1, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', DATE '2023-08-21', 3.4500),
       (902, 1, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', DATE '2024-07-22', 3.3500),
       (903, 1, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', DATE '2024-10-21', 3.1000),
       (904, 1, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', DATE '2025-05-20', 3.0000);
