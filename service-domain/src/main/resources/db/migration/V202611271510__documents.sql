-- The document store (R-K1) and the equipment document archive (R-B4), issue 5.
-- Same conventions as before: standard SQL for H2 2.x and PostgreSQL 15, ids from aftersales_seq, the BaseEntity
-- columns on every mutable table, an index on every foreign key that does not lead a unique constraint.
--
-- The bytes are kept in the database (document_content, BYTEA: VARBINARY on H2, bytea on PostgreSQL) so that one
-- database backup holds every document with its metadata, and a file name sent by a browser never reaches a file
-- system: stored_name is the server's own key (a UUID and the extension of the recognised type).
CREATE TABLE stored_document (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL,
    created_at         TIMESTAMP     NOT NULL,
    created_by         VARCHAR(64)   NOT NULL,
    modified_at        TIMESTAMP     NOT NULL,
    modified_by        VARCHAR(64)   NOT NULL,
    kind               VARCHAR(30)   NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    file_name          VARCHAR(200)  NOT NULL,
    stored_name        VARCHAR(60)   NOT NULL,
    file_type          VARCHAR(20)   NOT NULL,
    content_type       VARCHAR(120)  NOT NULL,
    size_bytes         BIGINT        NOT NULL,
    sha256             VARCHAR(64)   NOT NULL,
    project_id         BIGINT        REFERENCES project (id),
    equipment_item_id  BIGINT        REFERENCES equipment_item (id),
    CONSTRAINT uk_stored_document_stored_name UNIQUE (stored_name),
    CONSTRAINT ck_stored_document_size CHECK (size_bytes > 0),
    CONSTRAINT ck_stored_document_item_in_project CHECK (equipment_item_id IS NULL OR project_id IS NOT NULL)
);
CREATE INDEX ix_stored_document_project ON stored_document (project_id);
CREATE INDEX ix_stored_document_equipment_item ON stored_document (equipment_item_id);
CREATE INDEX ix_stored_document_sha256 ON stored_document (sha256);

-- Written once with its document, in the same transaction; never changed.
CREATE TABLE document_content (
    document_id  BIGINT  NOT NULL PRIMARY KEY REFERENCES stored_document (id),
    content      BYTEA   NOT NULL
);
