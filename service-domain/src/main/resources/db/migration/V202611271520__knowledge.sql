-- The knowledge base (R-K3), issue 5: written summaries of repair cases and design defects, reported to leadership
-- and kept for reference. Same conventions as before (H2 2.x and PostgreSQL 15, aftersales_seq, BaseEntity columns,
-- an index on every foreign key). The full-text index is Lucene, in the application, rebuilt from these rows.
CREATE TABLE knowledge_article (
    id                    BIGINT         NOT NULL PRIMARY KEY,
    version               BIGINT         NOT NULL,
    created_at            TIMESTAMP      NOT NULL,
    created_by            VARCHAR(64)    NOT NULL,
    modified_at           TIMESTAMP      NOT NULL,
    modified_by           VARCHAR(64)    NOT NULL,
    kind                  VARCHAR(20)    NOT NULL,
    state                 VARCHAR(20)    NOT NULL,
    title                 VARCHAR(200)   NOT NULL,
    symptom               VARCHAR(2000)  NOT NULL,
    cause                 VARCHAR(2000),
    fix                   VARCHAR(2000),
    equipment_type        VARCHAR(100),
    equipment_model       VARCHAR(100),
    discipline            VARCHAR(30),
    project_id            BIGINT         REFERENCES project (id),
    equipment_item_id     BIGINT         REFERENCES equipment_item (id),
    service_case_id       BIGINT         REFERENCES service_case (id),
    submitted_at          TIMESTAMP,
    submitted_by          VARCHAR(64),
    acknowledged_at       TIMESTAMP,
    acknowledged_by       VARCHAR(64),
    acknowledgement_note  VARCHAR(500),
    CONSTRAINT ck_knowledge_article_state CHECK (state IN ('DRAFT', 'SUBMITTED', 'ACKNOWLEDGED')),
    CONSTRAINT ck_knowledge_article_acknowledged_after_submitted
        CHECK (acknowledged_at IS NULL OR submitted_at IS NOT NULL)
);
CREATE INDEX ix_knowledge_article_project ON knowledge_article (project_id);
CREATE INDEX ix_knowledge_article_equipment_item ON knowledge_article (equipment_item_id);
CREATE INDEX ix_knowledge_article_service_case ON knowledge_article (service_case_id);
CREATE INDEX ix_knowledge_article_state ON knowledge_article (state);

-- Attachments: documents of the document store (photos, measurements, defect reports).
CREATE TABLE knowledge_article_document (
    article_id   BIGINT NOT NULL REFERENCES knowledge_article (id),
    document_id  BIGINT NOT NULL REFERENCES stored_document (id),
    CONSTRAINT pk_knowledge_article_document PRIMARY KEY (article_id, document_id)
);
CREATE INDEX ix_knowledge_article_document_document ON knowledge_article_document (document_id);
