-- Service cases, issue 3 step (2): dispatch (R-S6), the visit and the work done (R-S7), the owner's sign-off of the
-- service report and the dispatch ticket with amendments (R-S8), work that cannot be done on site (R-S9), costs, trip
-- reports and the leader's assessment (R-S12).
-- Same conventions as before: standard SQL for H2 2.x and PostgreSQL 15, ids from aftersales_seq, the BaseEntity
-- columns on every entity table, an index on every foreign key that does not lead a unique constraint or primary key.
-- Signature images are BYTEA: PostgreSQL's binary type, which H2 2.x takes as BINARY VARYING (up to 1 GB); the
-- application binds them as plain bytes, not as large objects.

-- R-S6: each proposal of whom to send for a planned window; approved = booked, rejected with a reason.
CREATE TABLE dispatch (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    created_at        TIMESTAMP     NOT NULL,
    created_by        VARCHAR(64)   NOT NULL,
    modified_at       TIMESTAMP     NOT NULL,
    modified_by       VARCHAR(64)   NOT NULL,
    service_case_id   BIGINT        NOT NULL REFERENCES service_case (id),
    status            VARCHAR(20)   NOT NULL,
    planned_from      TIMESTAMP     NOT NULL,
    planned_to        TIMESTAMP     NOT NULL,
    proposed_by       VARCHAR(64)   NOT NULL,
    proposed_at       TIMESTAMP     NOT NULL,
    decided_by        VARCHAR(64),
    decided_at        TIMESTAMP,
    rejection_reason  VARCHAR(500),
    CONSTRAINT ck_dispatch_window CHECK (planned_to > planned_from),
    CONSTRAINT ck_dispatch_status CHECK (status IN ('PROPOSED', 'APPROVED', 'REJECTED')),
    CONSTRAINT ck_dispatch_decision CHECK ((status = 'PROPOSED') = (decided_at IS NULL))
);
CREATE INDEX ix_dispatch_case ON dispatch (service_case_id);
-- The double-booking look-up: approved dispatches overlapping a window.
CREATE INDEX ix_dispatch_booking ON dispatch (status, planned_from, planned_to);

-- Whom the specialist proposed, and whom the leader sent.
CREATE TABLE dispatch_proposed_engineer (
    dispatch_id  BIGINT NOT NULL REFERENCES dispatch (id),
    engineer_id  BIGINT NOT NULL REFERENCES app_user (id),
    CONSTRAINT pk_dispatch_proposed_engineer PRIMARY KEY (dispatch_id, engineer_id)
);
CREATE INDEX ix_dispatch_proposed_engineer_engineer ON dispatch_proposed_engineer (engineer_id);

CREATE TABLE dispatch_engineer (
    dispatch_id  BIGINT NOT NULL REFERENCES dispatch (id),
    engineer_id  BIGINT NOT NULL REFERENCES app_user (id),
    CONSTRAINT pk_dispatch_engineer PRIMARY KEY (dispatch_id, engineer_id)
);
CREATE INDEX ix_dispatch_engineer_engineer ON dispatch_engineer (engineer_id);

-- R-S7: one visit per case: agreed arrival and the owner's cooperation, the safety acknowledgement, the work done.
CREATE TABLE on_site_visit (
    id                      BIGINT         NOT NULL PRIMARY KEY,
    version                 BIGINT         NOT NULL,
    created_at              TIMESTAMP      NOT NULL,
    created_by              VARCHAR(64)    NOT NULL,
    modified_at             TIMESTAMP      NOT NULL,
    modified_by             VARCHAR(64)    NOT NULL,
    service_case_id         BIGINT         NOT NULL REFERENCES service_case (id),
    agreed_arrival_at       TIMESTAMP,
    owner_cooperation       VARCHAR(2000),
    agreed_at               TIMESTAMP,
    safety_acknowledged_at  TIMESTAMP,
    safety_acknowledged_by  VARCHAR(64),
    work_done_at            TIMESTAMP,
    work_description        VARCHAR(4000),
    work_result             VARCHAR(2000),
    CONSTRAINT uk_on_site_visit_case UNIQUE (service_case_id),
    -- R-S7: no work recorded without the safety rules acknowledged first.
    CONSTRAINT ck_on_site_visit_safety_first
        CHECK (work_done_at IS NULL OR (safety_acknowledged_at IS NOT NULL AND safety_acknowledged_at <= work_done_at))
);

-- The parts used on the visit, in the order recorded.
CREATE TABLE on_site_visit_part (
    visit_id   BIGINT          NOT NULL REFERENCES on_site_visit (id),
    line_no    INTEGER         NOT NULL,
    part_name  VARCHAR(200)    NOT NULL,
    quantity   DECIMAL(12, 3)  NOT NULL,
    CONSTRAINT pk_on_site_visit_part PRIMARY KEY (visit_id, line_no),
    CONSTRAINT ck_on_site_visit_part_quantity CHECK (quantity > 0)
);

-- R-S8: the images of signatures drawn on screen (PNG) and of scanned stamped papers (PNG, JPEG, PDF); never changed.
CREATE TABLE signature_image (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    modified_at   TIMESTAMP    NOT NULL,
    modified_by   VARCHAR(64)  NOT NULL,
    form          VARCHAR(20)  NOT NULL,
    content_type  VARCHAR(40)  NOT NULL,
    size_bytes    INTEGER      NOT NULL,
    image_data    BYTEA        NOT NULL,
    CONSTRAINT ck_signature_image_size CHECK (size_bytes > 0 AND size_bytes <= 5242880)
);

-- R-S8: the signed service report, one per case, immutable once written; signer_title required for OTHER.
CREATE TABLE service_report (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL,
    created_at          TIMESTAMP     NOT NULL,
    created_by          VARCHAR(64)   NOT NULL,
    modified_at         TIMESTAMP     NOT NULL,
    modified_by         VARCHAR(64)   NOT NULL,
    service_case_id     BIGINT        NOT NULL REFERENCES service_case (id),
    signer_name         VARCHAR(100)  NOT NULL,
    signer_role         VARCHAR(40)   NOT NULL,
    signer_title        VARCHAR(100),
    signed_at           TIMESTAMP     NOT NULL,
    signature_form      VARCHAR(20)   NOT NULL,
    signature_image_id  BIGINT        NOT NULL REFERENCES signature_image (id),
    CONSTRAINT uk_service_report_case UNIQUE (service_case_id),
    CONSTRAINT uk_service_report_image UNIQUE (signature_image_id),
    CONSTRAINT ck_service_report_title CHECK (signer_role <> 'OTHER' OR signer_title IS NOT NULL)
);

-- R-S8: corrections to a signed report.
CREATE TABLE service_report_amendment (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    version            BIGINT         NOT NULL,
    created_at         TIMESTAMP      NOT NULL,
    created_by         VARCHAR(64)    NOT NULL,
    modified_at        TIMESTAMP      NOT NULL,
    modified_by        VARCHAR(64)    NOT NULL,
    service_report_id  BIGINT         NOT NULL REFERENCES service_report (id),
    amendment_text     VARCHAR(2000)  NOT NULL,
    amended_by         VARCHAR(64)    NOT NULL,
    amended_at         TIMESTAMP      NOT NULL
);
CREATE INDEX ix_service_report_amendment_report ON service_report_amendment (service_report_id);

-- R-S8: the repair dispatch ticket signed by the customer, one per case.
CREATE TABLE dispatch_ticket (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL,
    created_at          TIMESTAMP     NOT NULL,
    created_by          VARCHAR(64)   NOT NULL,
    modified_at         TIMESTAMP     NOT NULL,
    modified_by         VARCHAR(64)   NOT NULL,
    service_case_id     BIGINT        NOT NULL REFERENCES service_case (id),
    dispatch_id         BIGINT        REFERENCES dispatch (id),
    signer_name         VARCHAR(100)  NOT NULL,
    signed_at           TIMESTAMP     NOT NULL,
    signature_form      VARCHAR(20)   NOT NULL,
    signature_image_id  BIGINT        NOT NULL REFERENCES signature_image (id),
    CONSTRAINT uk_dispatch_ticket_case UNIQUE (service_case_id),
    CONSTRAINT uk_dispatch_ticket_image UNIQUE (signature_image_id)
);
CREATE INDEX ix_dispatch_ticket_dispatch ON dispatch_ticket (dispatch_id);

-- R-S9: the project's after-sales service book; each entry number once per project.
CREATE TABLE service_book_entry (
    id            BIGINT         NOT NULL PRIMARY KEY,
    version       BIGINT         NOT NULL,
    created_at    TIMESTAMP      NOT NULL,
    created_by    VARCHAR(64)    NOT NULL,
    modified_at   TIMESTAMP      NOT NULL,
    modified_by   VARCHAR(64)    NOT NULL,
    project_id    BIGINT         NOT NULL REFERENCES project (id),
    entry_number  VARCHAR(40)    NOT NULL,
    entry_date    DATE           NOT NULL,
    entry_text    VARCHAR(2000)  NOT NULL,
    CONSTRAINT uk_service_book_entry_number UNIQUE (project_id, entry_number)
);

-- R-S9: return to factory / replacement / other support: consent before the report to leadership, shares sum to 100.
CREATE TABLE factory_return (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    version                BIGINT        NOT NULL,
    created_at             TIMESTAMP     NOT NULL,
    created_by             VARCHAR(64)   NOT NULL,
    modified_at            TIMESTAMP     NOT NULL,
    modified_by            VARCHAR(64)   NOT NULL,
    service_case_id        BIGINT        NOT NULL REFERENCES service_case (id),
    kind                   VARCHAR(20)   NOT NULL,
    consent_by             VARCHAR(100)  NOT NULL,
    consent_at             TIMESTAMP     NOT NULL,
    leadership_reported_at TIMESTAMP     NOT NULL,
    service_book_entry_id  BIGINT        NOT NULL REFERENCES service_book_entry (id),
    company_share          DECIMAL(5, 2) NOT NULL,
    subcontractor_share    DECIMAL(5, 2) NOT NULL,
    design_share           DECIMAL(5, 2) NOT NULL,
    owner_share            DECIMAL(5, 2) NOT NULL,
    CONSTRAINT uk_factory_return_book_entry UNIQUE (service_book_entry_id),
    CONSTRAINT ck_factory_return_consent_first CHECK (leadership_reported_at >= consent_at),
    CONSTRAINT ck_factory_return_shares CHECK (company_share BETWEEN 0 AND 100 AND subcontractor_share BETWEEN 0 AND 100
        AND design_share BETWEEN 0 AND 100 AND owner_share BETWEEN 0 AND 100),
    CONSTRAINT ck_factory_return_split CHECK (company_share + subcontractor_share + design_share + owner_share = 100)
);
CREATE INDEX ix_factory_return_case ON factory_return (service_case_id);

-- R-S12: actual costs per case by category; labour = hours x rate, the other categories without hours or rate.
CREATE TABLE service_cost (
    id               BIGINT          NOT NULL PRIMARY KEY,
    version          BIGINT          NOT NULL,
    created_at       TIMESTAMP       NOT NULL,
    created_by       VARCHAR(64)     NOT NULL,
    modified_at      TIMESTAMP       NOT NULL,
    modified_by      VARCHAR(64)     NOT NULL,
    service_case_id  BIGINT          NOT NULL REFERENCES service_case (id),
    category         VARCHAR(30)     NOT NULL,
    description      VARCHAR(500)    NOT NULL,
    amount           DECIMAL(19, 2)  NOT NULL,
    labour_hours     DECIMAL(8, 2),
    labour_rate      DECIMAL(19, 2),
    CONSTRAINT ck_service_cost_amount CHECK (amount > 0),
    CONSTRAINT ck_service_cost_category CHECK (category IN
        ('LABOUR', 'TRAVEL', 'ACCOMMODATION', 'SPARE_PARTS', 'SUBCONTRACTED_WORK', 'OTHER')),
    CONSTRAINT ck_service_cost_labour CHECK (
        (category = 'LABOUR' AND labour_hours IS NOT NULL AND labour_rate IS NOT NULL
            AND labour_hours > 0 AND labour_rate > 0)
        OR (category <> 'LABOUR' AND labour_hours IS NULL AND labour_rate IS NULL))
);
CREATE INDEX ix_service_cost_case ON service_cost (service_case_id);

-- R-S12: the engineer's trip report, one per case.
CREATE TABLE trip_report (
    id               BIGINT         NOT NULL PRIMARY KEY,
    version          BIGINT         NOT NULL,
    created_at       TIMESTAMP      NOT NULL,
    created_by       VARCHAR(64)    NOT NULL,
    modified_at      TIMESTAMP      NOT NULL,
    modified_by      VARCHAR(64)    NOT NULL,
    service_case_id  BIGINT         NOT NULL REFERENCES service_case (id),
    report_text      VARCHAR(4000)  NOT NULL,
    from_date        DATE           NOT NULL,
    to_date          DATE           NOT NULL,
    filed_by         VARCHAR(64)    NOT NULL,
    filed_at         TIMESTAMP      NOT NULL,
    CONSTRAINT uk_trip_report_case UNIQUE (service_case_id),
    CONSTRAINT ck_trip_report_dates CHECK (to_date >= from_date)
);

-- R-S12: the supervising leader's assessment, one per case, scores 1 to 5.
CREATE TABLE service_assessment (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    version             BIGINT         NOT NULL,
    created_at          TIMESTAMP      NOT NULL,
    created_by          VARCHAR(64)    NOT NULL,
    modified_at         TIMESTAMP      NOT NULL,
    modified_by         VARCHAR(64)    NOT NULL,
    service_case_id     BIGINT         NOT NULL REFERENCES service_case (id),
    assessor            VARCHAR(64)    NOT NULL,
    workload_score      INTEGER        NOT NULL,
    quality_score       INTEGER        NOT NULL,
    cost_control_score  INTEGER        NOT NULL,
    assessment_comment  VARCHAR(2000),
    assessed_at         TIMESTAMP      NOT NULL,
    CONSTRAINT uk_service_assessment_case UNIQUE (service_case_id),
    CONSTRAINT ck_service_assessment_scores CHECK (workload_score BETWEEN 1 AND 5 AND quality_score BETWEEN 1 AND 5
        AND cost_control_score BETWEEN 1 AND 5)
);
