-- R-C8: the scan of the other side's receipt of a return application or reminder (optional), kept in the document
-- store and linked to the procedure; for subcontractor retention, the scan of the application the company received.
ALTER TABLE project_retention ADD COLUMN application_scan_id BIGINT;
ALTER TABLE project_retention ADD COLUMN reminder_scan_id BIGINT;
ALTER TABLE project_retention ADD CONSTRAINT fk_project_retention_application_scan
    FOREIGN KEY (application_scan_id) REFERENCES stored_document (id);
ALTER TABLE project_retention ADD CONSTRAINT fk_project_retention_reminder_scan
    FOREIGN KEY (reminder_scan_id) REFERENCES stored_document (id);
ALTER TABLE subcontractor_retention ADD COLUMN application_scan_id BIGINT;
ALTER TABLE subcontractor_retention ADD COLUMN reminder_scan_id BIGINT;
ALTER TABLE subcontractor_retention ADD CONSTRAINT fk_subcontractor_retention_application_scan
    FOREIGN KEY (application_scan_id) REFERENCES stored_document (id);
ALTER TABLE subcontractor_retention ADD CONSTRAINT fk_subcontractor_retention_reminder_scan
    FOREIGN KEY (reminder_scan_id) REFERENCES stored_document (id);

-- R-C8: the letters of the procedure as issued — generated from the register and stored with it, their content frozen
-- at issue (letterhead, addressee, text, figures and dates), so a reprint shows exactly what was sent.
CREATE TABLE retention_letter (
    id                    BIGINT         NOT NULL PRIMARY KEY,
    version               BIGINT         NOT NULL,
    created_at            TIMESTAMP      NOT NULL,
    created_by            VARCHAR(64)    NOT NULL,
    modified_at           TIMESTAMP      NOT NULL,
    modified_by           VARCHAR(64)    NOT NULL,
    project_retention_id  BIGINT         NOT NULL,
    kind                  VARCHAR(20)    NOT NULL,
    issue_date            DATE           NOT NULL,
    issued_by             VARCHAR(64)    NOT NULL,
    company_name          VARCHAR(200)   NOT NULL,
    company_address       VARCHAR(300),
    company_phone         VARCHAR(100),
    addressee             VARCHAR(300)   NOT NULL,
    title                 VARCHAR(100)   NOT NULL,
    body                  VARCHAR(4000)  NOT NULL,
    amount                DECIMAL(19, 2) NOT NULL,
    interest_accrued      DECIMAL(19, 2) NOT NULL,
    payment_due_date      DATE,
    CONSTRAINT fk_retention_letter_retention FOREIGN KEY (project_retention_id) REFERENCES project_retention (id)
);
CREATE INDEX ix_retention_letter_retention ON retention_letter (project_retention_id, issue_date);
