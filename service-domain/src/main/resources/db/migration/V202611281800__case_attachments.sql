-- Photos and files received with a call (R-S1 intake, issue 3): each is a document of the document store (checked,
-- SHA-256, bytes in document_content), filed under the case's project so that the same visibility rules hold, and
-- linked to its case here. A document belongs to at most one case.
CREATE TABLE case_attachment (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    modified_at      TIMESTAMP    NOT NULL,
    modified_by      VARCHAR(64)  NOT NULL,
    service_case_id  BIGINT       NOT NULL REFERENCES service_case (id),
    document_id      BIGINT       NOT NULL REFERENCES stored_document (id),
    CONSTRAINT uk_case_attachment_document UNIQUE (document_id)
);
CREATE INDEX ix_case_attachment_case ON case_attachment (service_case_id);
