-- The skills matrix (R-K4, R-S6): which of the four required skills each engineer has, since when, on what evidence.
CREATE TABLE engineer_qualification (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    modified_at      TIMESTAMP    NOT NULL,
    modified_by      VARCHAR(64)  NOT NULL,
    engineer_id      BIGINT       NOT NULL REFERENCES app_user (id),
    qualification    VARCHAR(40)  NOT NULL,
    qualified_since  DATE         NOT NULL,
    evidence         VARCHAR(300),
    CONSTRAINT uk_engineer_qualification UNIQUE (engineer_id, qualification)
);
