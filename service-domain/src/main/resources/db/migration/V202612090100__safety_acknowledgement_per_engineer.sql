-- R-S7 (issue 19 item 7): "必须遵守安全操作规范和业主制定的操作流程" binds every engineer on site, so each dispatched
-- engineer acknowledges the safety rules themselves; the first acknowledgement no longer stands for the others.
CREATE TABLE on_site_visit_safety_ack (
    visit_id         BIGINT       NOT NULL REFERENCES on_site_visit (id),
    acknowledged_by  VARCHAR(64)  NOT NULL,
    acknowledged_at  TIMESTAMP    NOT NULL,
    CONSTRAINT pk_on_site_visit_safety_ack PRIMARY KEY (visit_id, acknowledged_by)
);

-- The acknowledgements recorded so far: the one the visit kept.
INSERT INTO on_site_visit_safety_ack (visit_id, acknowledged_by, acknowledged_at)
SELECT id, safety_acknowledged_by, safety_acknowledged_at
FROM on_site_visit
WHERE safety_acknowledged_at IS NOT NULL AND safety_acknowledged_by IS NOT NULL;
