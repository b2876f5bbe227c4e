-- Issue 19 item 9 (R-S2): each registered case is routed to the department or people responsible for its phase (R-L5)
-- — "按规程和分工转送有关部门和人员处理" —, and again when its class and so its responsibility change. One row per party
-- routed to; a re-routing ends the rows in force (ended_at) and adds new ones, so the case keeps where it went and when.
CREATE TABLE service_case_routing (
    id                BIGINT         NOT NULL PRIMARY KEY,
    version           BIGINT         NOT NULL,
    created_at        TIMESTAMP      NOT NULL,
    created_by        VARCHAR(64)    NOT NULL,
    modified_at       TIMESTAMP      NOT NULL,
    modified_by       VARCHAR(64)    NOT NULL,
    service_case_id   BIGINT         NOT NULL REFERENCES service_case (id),
    party             VARCHAR(30)    NOT NULL,
    department_id     BIGINT         REFERENCES department (id),
    routed_at         TIMESTAMP      NOT NULL,
    ended_at          TIMESTAMP,
    reason            VARCHAR(500),
    CONSTRAINT ck_case_routing_order CHECK (ended_at IS NULL OR ended_at >= routed_at)
);
CREATE INDEX ix_case_routing_case ON service_case_routing (service_case_id);
CREATE INDEX ix_case_routing_department ON service_case_routing (department_id);
