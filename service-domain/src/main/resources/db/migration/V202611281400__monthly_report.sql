-- R-O3: the archive of the monthly reports to the general manager, one workbook per month. The unique month is what
-- makes the scheduled generation idempotent across a cluster: every instance runs its own timer, the first insert
-- wins and the others' inserts are refused by the key (BYTEA: VARBINARY on H2, bytea on PostgreSQL).
CREATE TABLE monthly_report (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    modified_at   TIMESTAMP    NOT NULL,
    modified_by   VARCHAR(64)  NOT NULL,
    report_month  VARCHAR(7)   NOT NULL,
    generated_at  TIMESTAMP    NOT NULL,
    file_name     VARCHAR(200) NOT NULL,
    content       BYTEA        NOT NULL,
    CONSTRAINT uk_monthly_report_month UNIQUE (report_month)
);
