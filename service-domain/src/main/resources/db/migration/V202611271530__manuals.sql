-- Controlled manuals with versions and approval, training requirements and records (R-K1, R-K2, R-K4), issue 5.
-- Same conventions as before (H2 2.x and PostgreSQL 15, aftersales_seq, BaseEntity columns, an index on every foreign
-- key that does not lead a unique constraint). The skills themselves are engineer_qualification (V202611271400).
CREATE TABLE manual (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    version                 BIGINT        NOT NULL,
    created_at              TIMESTAMP     NOT NULL,
    created_by              VARCHAR(64)   NOT NULL,
    modified_at             TIMESTAMP     NOT NULL,
    modified_by             VARCHAR(64)   NOT NULL,
    number                  VARCHAR(40)   NOT NULL,
    title                   VARCHAR(200)  NOT NULL,
    kind                    VARCHAR(30)   NOT NULL,
    training_qualification  VARCHAR(40),
    CONSTRAINT uk_manual_number UNIQUE (number)
);

-- The roles whose members must be trained on every newly approved version.
CREATE TABLE manual_training_role (
    manual_id  BIGINT      NOT NULL REFERENCES manual (id) ON DELETE CASCADE,
    role       VARCHAR(40) NOT NULL,
    CONSTRAINT pk_manual_training_role PRIMARY KEY (manual_id, role)
);

CREATE TABLE manual_version (
    id           BIGINT         NOT NULL PRIMARY KEY,
    version      BIGINT         NOT NULL,
    created_at   TIMESTAMP      NOT NULL,
    created_by   VARCHAR(64)    NOT NULL,
    modified_at  TIMESTAMP      NOT NULL,
    modified_by  VARCHAR(64)    NOT NULL,
    manual_id    BIGINT         NOT NULL REFERENCES manual (id),
    label        VARCHAR(20)    NOT NULL,
    changes      VARCHAR(2000)  NOT NULL,
    document_id  BIGINT         NOT NULL REFERENCES stored_document (id),
    state        VARCHAR(20)    NOT NULL,
    approved_at  TIMESTAMP,
    approved_by  VARCHAR(64),
    CONSTRAINT uk_manual_version_label UNIQUE (manual_id, label),
    CONSTRAINT ck_manual_version_state CHECK (state IN ('DRAFT', 'APPROVED', 'SUPERSEDED')),
    CONSTRAINT ck_manual_version_approval CHECK (state = 'DRAFT' OR approved_at IS NOT NULL)
);
CREATE INDEX ix_manual_version_document ON manual_version (document_id);

CREATE TABLE training_record (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL,
    created_at         TIMESTAMP     NOT NULL,
    created_by         VARCHAR(64)   NOT NULL,
    modified_at        TIMESTAMP     NOT NULL,
    modified_by        VARCHAR(64)   NOT NULL,
    trainee_id         BIGINT        NOT NULL REFERENCES app_user (id),
    manual_version_id  BIGINT        REFERENCES manual_version (id),
    topic              VARCHAR(200)  NOT NULL,
    trained_on         DATE          NOT NULL,
    trainer            VARCHAR(100)  NOT NULL,
    note               VARCHAR(500)
);
CREATE INDEX ix_training_record_trainee ON training_record (trainee_id, trained_on);
CREATE INDEX ix_training_record_manual_version ON training_record (manual_version_id);

-- Who owes training on an approved version; closed by a record (DONE) or superseded by a later approval.
CREATE TABLE training_requirement (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    created_at          TIMESTAMP    NOT NULL,
    created_by          VARCHAR(64)  NOT NULL,
    modified_at         TIMESTAMP    NOT NULL,
    modified_by         VARCHAR(64)  NOT NULL,
    trainee_id          BIGINT       NOT NULL REFERENCES app_user (id),
    manual_version_id   BIGINT       NOT NULL REFERENCES manual_version (id),
    due_date            DATE         NOT NULL,
    state               VARCHAR(20)  NOT NULL,
    training_record_id  BIGINT       REFERENCES training_record (id),
    CONSTRAINT uk_training_requirement UNIQUE (trainee_id, manual_version_id),
    CONSTRAINT ck_training_requirement_state CHECK (state IN ('OPEN', 'DONE', 'SUPERSEDED')),
    CONSTRAINT ck_training_requirement_done CHECK (state <> 'DONE' OR training_record_id IS NOT NULL)
);
CREATE INDEX ix_training_requirement_manual_version ON training_requirement (manual_version_id);
CREATE INDEX ix_training_requirement_record ON training_requirement (training_record_id);
CREATE INDEX ix_training_requirement_state ON training_requirement (state, due_date);
