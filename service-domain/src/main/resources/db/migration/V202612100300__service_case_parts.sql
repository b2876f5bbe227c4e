-- Issue 16 (README "The service case: one head row and three parts"): the case's acts are split along the regulation's
-- stages, each part its own row and version, so that an act force-increments only the part it changes and an office
-- act and a phone act on the same case no longer refuse each other. service_case keeps the head: what lists show,
-- filter and sort by (and what registration, closing and cancelling write). Columns only acts of one part write move
-- to that part's table; no list, report or "my work" query reads them.
-- Every case has its three part rows from registration on. The rows of existing cases take the case's id as their
-- own (ids come from one sequence, so it is unique in each part table too), version 1, the case's stamps.

-- Intake & routing (R-S1…R-S4, R-S10): reply, leader report, answer, classification override reason.
CREATE TABLE service_case_intake (
    id                              BIGINT         NOT NULL PRIMARY KEY,
    version                         BIGINT         NOT NULL,
    created_at                      TIMESTAMP      NOT NULL,
    created_by                      VARCHAR(64)    NOT NULL,
    modified_at                     TIMESTAMP      NOT NULL,
    modified_by                     VARCHAR(64)    NOT NULL,
    service_case_id                 BIGINT         NOT NULL REFERENCES service_case (id),
    replied_at                      TIMESTAMP,
    leader_reported_at              TIMESTAMP,
    answer                          VARCHAR(4000),
    classification_override_reason  VARCHAR(500),
    CONSTRAINT uk_service_case_intake_case UNIQUE (service_case_id)
);

-- Dispatch & on site (R-S6, R-S7, R-S12): when on-site work was confirmed, when the engineer arrived.
CREATE TABLE service_case_on_site (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    version               BIGINT       NOT NULL,
    created_at            TIMESTAMP    NOT NULL,
    created_by            VARCHAR(64)  NOT NULL,
    modified_at           TIMESTAMP    NOT NULL,
    modified_by           VARCHAR(64)  NOT NULL,
    service_case_id       BIGINT       NOT NULL REFERENCES service_case (id),
    on_site_confirmed_at  TIMESTAMP,
    arrived_at            TIMESTAMP,
    CONSTRAINT uk_service_case_on_site_case UNIQUE (service_case_id)
);

-- Sign-off & after-service (R-S8, R-S9): the report, ticket, amendments and assessment keep their own rows; this row
-- is the part's version.
CREATE TABLE service_case_sign_off (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    modified_at      TIMESTAMP    NOT NULL,
    modified_by      VARCHAR(64)  NOT NULL,
    service_case_id  BIGINT       NOT NULL REFERENCES service_case (id),
    CONSTRAINT uk_service_case_sign_off_case UNIQUE (service_case_id)
);

INSERT INTO service_case_intake (id, version, created_at, created_by, modified_at, modified_by, service_case_id,
        replied_at, leader_reported_at, answer, classification_override_reason)
    SELECT id, 1, created_at, created_by, modified_at, modified_by, id,
        replied_at, leader_reported_at, answer, classification_override_reason
    FROM service_case;

INSERT INTO service_case_on_site (id, version, created_at, created_by, modified_at, modified_by, service_case_id,
        on_site_confirmed_at, arrived_at)
    SELECT id, 1, created_at, created_by, modified_at, modified_by, id, on_site_confirmed_at, arrived_at
    FROM service_case;

INSERT INTO service_case_sign_off (id, version, created_at, created_by, modified_at, modified_by, service_case_id)
    SELECT id, 1, created_at, created_by, modified_at, modified_by, id
    FROM service_case;

ALTER TABLE service_case DROP COLUMN replied_at;
ALTER TABLE service_case DROP COLUMN leader_reported_at;
ALTER TABLE service_case DROP COLUMN answer;
ALTER TABLE service_case DROP COLUMN classification_override_reason;
ALTER TABLE service_case DROP COLUMN on_site_confirmed_at;
ALTER TABLE service_case DROP COLUMN arrived_at;
