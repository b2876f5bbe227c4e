-- Registers around a project: subcontractors and suppliers (R-B1), equipment items with their warranties (R-L2),
-- the owner contact list (R-F1), service contracts (R-L4), and the statutory holiday calendar (R-O2).
-- Same conventions as the foundation: standard SQL for H2 2.x and PostgreSQL 15, ids from aftersales_seq (shipped
-- rows use fixed ids below its start of 1000), the BaseEntity columns on every mutable table, an index on every
-- foreign key that does not lead a unique constraint.

CREATE TABLE subcontractor (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    created_by      VARCHAR(64)  NOT NULL,
    modified_at     TIMESTAMP    NOT NULL,
    modified_by     VARCHAR(64)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    contact_person  VARCHAR(100),
    phone           VARCHAR(40),
    email           VARCHAR(200),
    address         VARCHAR(300),
    CONSTRAINT uk_subcontractor_name UNIQUE (name)
);

-- R-B1: one line per firm and project.
CREATE TABLE project_subcontractor (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    version              BIGINT       NOT NULL,
    created_at           TIMESTAMP    NOT NULL,
    created_by           VARCHAR(64)  NOT NULL,
    modified_at          TIMESTAMP    NOT NULL,
    modified_by          VARCHAR(64)  NOT NULL,
    project_id           BIGINT       NOT NULL REFERENCES project (id),
    subcontractor_id     BIGINT       NOT NULL REFERENCES subcontractor (id),
    scope_of_supply      VARCHAR(500),
    site_contact_person  VARCHAR(100),
    phone                VARCHAR(40),
    CONSTRAINT uk_project_subcontractor UNIQUE (project_id, subcontractor_id)
);
CREATE INDEX ix_project_subcontractor_subcontractor ON project_subcontractor (subcontractor_id);

-- R-L2: warranty_months NULL = the project's warranty; warranty ends are derived, never stored.
CREATE TABLE equipment_item (
    id                     BIGINT       NOT NULL PRIMARY KEY,
    version                BIGINT       NOT NULL,
    created_at             TIMESTAMP    NOT NULL,
    created_by             VARCHAR(64)  NOT NULL,
    modified_at            TIMESTAMP    NOT NULL,
    modified_by            VARCHAR(64)  NOT NULL,
    project_id             BIGINT       NOT NULL REFERENCES project (id),
    tag                    VARCHAR(40)  NOT NULL,
    name                   VARCHAR(200) NOT NULL,
    model                  VARCHAR(100),
    serial_number          VARCHAR(100),
    manufacturer           VARCHAR(200),
    supplier_id            BIGINT       REFERENCES subcontractor (id),
    discipline             VARCHAR(30)  NOT NULL,
    work_scope             VARCHAR(30)  NOT NULL,
    warranty_category      VARCHAR(30)  NOT NULL,
    warranty_months        INTEGER,
    supplier_warranty_end  DATE,
    CONSTRAINT uk_equipment_item_tag UNIQUE (project_id, tag),
    CONSTRAINT ck_equipment_item_warranty_months
        CHECK (warranty_months IS NULL OR warranty_months BETWEEN 1 AND 600)
);
CREATE INDEX ix_equipment_item_supplier ON equipment_item (supplier_id);

-- R-F1: the owner contact list of each project; sign_off_authority = may sign service reports (R-S8).
CREATE TABLE owner_contact (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    created_at          TIMESTAMP    NOT NULL,
    created_by          VARCHAR(64)  NOT NULL,
    modified_at         TIMESTAMP    NOT NULL,
    modified_by         VARCHAR(64)  NOT NULL,
    project_id          BIGINT       NOT NULL REFERENCES project (id),
    name                VARCHAR(100) NOT NULL,
    title               VARCHAR(100),
    phone               VARCHAR(40),
    email               VARCHAR(200),
    note                VARCHAR(500),
    sign_off_authority  BOOLEAN      NOT NULL
);
CREATE INDEX ix_owner_contact_project ON owner_contact (project_id);

-- R-L4: valid_to is the last day in force; arrival_hours NULL = the policy default (R-S5).
CREATE TABLE service_contract (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    modified_at      TIMESTAMP    NOT NULL,
    modified_by      VARCHAR(64)  NOT NULL,
    project_id       BIGINT       NOT NULL REFERENCES project (id),
    kind             VARCHAR(30)  NOT NULL,
    contract_number  VARCHAR(60)  NOT NULL,
    valid_from       DATE         NOT NULL,
    valid_to         DATE         NOT NULL,
    arrival_hours    INTEGER,
    CONSTRAINT uk_service_contract_number UNIQUE (contract_number),
    CONSTRAINT ck_service_contract_period CHECK (valid_to >= valid_from),
    CONSTRAINT ck_service_contract_arrival_hours
        CHECK (arrival_hours IS NULL OR arrival_hours BETWEEN 1 AND 720)
);
CREATE INDEX ix_service_contract_project ON service_contract (project_id);
CREATE INDEX ix_service_contract_period ON service_contract (valid_from, valid_to);

-- The equipment items a contract covers; no row = the whole project.
CREATE TABLE service_contract_item (
    service_contract_id  BIGINT NOT NULL REFERENCES service_contract (id) ON DELETE CASCADE,
    equipment_item_id    BIGINT NOT NULL REFERENCES equipment_item (id),
    CONSTRAINT pk_service_contract_item PRIMARY KEY (service_contract_id, equipment_item_id)
);
CREATE INDEX ix_service_contract_item_equipment ON service_contract_item (equipment_item_id);

-- R-O2: the days that differ from the ordinary week (Mon–Fri working, Sat/Sun rest). DAY is reserved in H2,
-- hence calendar_date.
CREATE TABLE calendar_day (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    created_at     TIMESTAMP    NOT NULL,
    created_by     VARCHAR(64)  NOT NULL,
    modified_at    TIMESTAMP    NOT NULL,
    modified_by    VARCHAR(64)  NOT NULL,
    calendar_date  DATE         NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    name           VARCHAR(100) NOT NULL,
    CONSTRAINT uk_calendar_day_date UNIQUE (calendar_date)
);

-- The official arrangements of the State Council General Office (国务院办公厅): every rest day of a holiday
-- arrangement is a HOLIDAY (also where it falls on a weekend), every weekend day worked in exchange a MAKEUP_WORKDAY.
-- Fixed ids 101–199 (2025) and 201–299 (2026), below the sequence start of 1000.

-- 2025: 国务院办公厅关于2025年部分节假日安排的通知
INSERT INTO calendar_day (id, version, created_at, created_by, modified_at, modified_by, calendar_date, kind, name) VALUES
    (101, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-01-01', 'HOLIDAY', '元旦'),
    (102, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-01-26', 'MAKEUP_WORKDAY', '春节'),
    (103, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-01-28', 'HOLIDAY', '春节'),
    (104, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-01-29', 'HOLIDAY', '春节'),
    (105, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-01-30', 'HOLIDAY', '春节'),
    (106, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-01-31', 'HOLIDAY', '春节'),
    (107, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-02-01', 'HOLIDAY', '春节'),
    (108, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-02-02', 'HOLIDAY', '春节'),
    (109, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-02-03', 'HOLIDAY', '春节'),
    (110, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-02-04', 'HOLIDAY', '春节'),
    (111, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-02-08', 'MAKEUP_WORKDAY', '春节'),
    (112, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-04-04', 'HOLIDAY', '清明节'),
    (113, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-04-05', 'HOLIDAY', '清明节'),
    (114, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-04-06', 'HOLIDAY', '清明节'),
    (115, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-04-27', 'MAKEUP_WORKDAY', '劳动节'),
    (116, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-05-01', 'HOLIDAY', '劳动节'),
    (117, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-05-02', 'HOLIDAY', '劳动节'),
    (118, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-05-03', 'HOLIDAY', '劳动节'),
    (119, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-05-04', 'HOLIDAY', '劳动节'),
    (120, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-05-05', 'HOLIDAY', '劳动节'),
    (121, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-05-31', 'HOLIDAY', '端午节'),
    (122, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-06-01', 'HOLIDAY', '端午节'),
    (123, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-06-02', 'HOLIDAY', '端午节'),
    (124, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-09-28', 'MAKEUP_WORKDAY', '国庆节、中秋节'),
    (125, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-10-01', 'HOLIDAY', '国庆节、中秋节'),
    (126, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-10-02', 'HOLIDAY', '国庆节、中秋节'),
    (127, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-10-03', 'HOLIDAY', '国庆节、中秋节'),
    (128, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-10-04', 'HOLIDAY', '国庆节、中秋节'),
    (129, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-10-05', 'HOLIDAY', '国庆节、中秋节'),
    (130, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-10-06', 'HOLIDAY', '国庆节、中秋节'),
    (131, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-10-07', 'HOLIDAY', '国庆节、中秋节'),
    (132, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-10-08', 'HOLIDAY', '国庆节、中秋节'),
    (133, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2025-10-11', 'MAKEUP_WORKDAY', '国庆节、中秋节');

-- 2026: 国务院办公厅关于2026年部分节假日安排的通知
INSERT INTO calendar_day (id, version, created_at, created_by, modified_at, modified_by, calendar_date, kind, name) VALUES
    (201, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-01-01', 'HOLIDAY', '元旦'),
    (202, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-01-02', 'HOLIDAY', '元旦'),
    (203, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-01-03', 'HOLIDAY', '元旦'),
    (204, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-01-04', 'MAKEUP_WORKDAY', '元旦'),
    (205, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-02-14', 'MAKEUP_WORKDAY', '春节'),
    (206, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-02-15', 'HOLIDAY', '春节'),
    (207, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-02-16', 'HOLIDAY', '春节'),
    (208, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-02-17', 'HOLIDAY', '春节'),
    (209, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-02-18', 'HOLIDAY', '春节'),
    (210, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-02-19', 'HOLIDAY', '春节'),
    (211, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-02-20', 'HOLIDAY', '春节'),
    (212, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-02-21', 'HOLIDAY', '春节'),
    (213, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-02-22', 'HOLIDAY', '春节'),
    (214, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-02-23', 'HOLIDAY', '春节'),
    (215, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-02-28', 'MAKEUP_WORKDAY', '春节'),
    (216, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-04-04', 'HOLIDAY', '清明节'),
    (217, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-04-05', 'HOLIDAY', '清明节'),
    (218, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-04-06', 'HOLIDAY', '清明节'),
    (219, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-05-01', 'HOLIDAY', '劳动节'),
    (220, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-05-02', 'HOLIDAY', '劳动节'),
    (221, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-05-03', 'HOLIDAY', '劳动节'),
    (222, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-05-04', 'HOLIDAY', '劳动节'),
    (223, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-05-05', 'HOLIDAY', '劳动节'),
    (224, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-05-09', 'MAKEUP_WORKDAY', '劳动节'),
    (225, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-06-19', 'HOLIDAY', '端午节'),
    (226, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-06-20', 'HOLIDAY', '端午节'),
    (227, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-06-21', 'HOLIDAY', '端午节'),
    (228, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-09-20', 'MAKEUP_WORKDAY', '国庆节'),
    (229, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-09-25', 'HOLIDAY', '中秋节'),
    (230, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-09-26', 'HOLIDAY', '中秋节'),
    (231, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-09-27', 'HOLIDAY', '中秋节'),
    (232, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-10-01', 'HOLIDAY', '国庆节'),
    (233, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-10-02', 'HOLIDAY', '国庆节'),
    (234, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-10-03', 'HOLIDAY', '国庆节'),
    (235, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-10-04', 'HOLIDAY', '国庆节'),
    (236, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-10-05', 'HOLIDAY', '国庆节'),
    (237, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-10-06', 'HOLIDAY', '国庆节'),
    (238, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-10-07', 'HOLIDAY', '国庆节'),
    (239, 0, TIMESTAMP '2026-11-27 00:00:00', 'system', TIMESTAMP '2026-11-27 00:00:00', 'system', DATE '2026-10-10', 'MAKEUP_WORKDAY', '国庆节');
