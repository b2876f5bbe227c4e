-- Scale issue: the indexes that keep the case list, "my work" and the breach sweep index-ordered at 1 M cases.
-- PostgreSQL builds each CONCURRENTLY, so that a customer's running system keeps taking writes while they are made
-- (a plain CREATE INDEX locks the table against writes for its whole build); CONCURRENTLY cannot run inside a
-- transaction, hence the script's own executeInTransaction=false (V202612070001__case_list_indexes.sql.conf).
-- IF NOT EXISTS makes the script safe to run again after an interrupted build (drop an INVALID index first).
--
-- The case list (ServiceCaseService.list, CaseListQuery) reads the open priority special cases (R-S11: they head
-- every list) and the other cases in two index-ordered branches: partial indexes on NOT priority_case by each
-- filter column (none, status, project, type, class) and each sort key (received_at, case number, project code, with
-- the id as the tie-breaker); a backward scan serves the descending direction. The priority cases are a handful, each
-- sort key has a small partial index of its own.
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_case_list_received ON service_case (received_at, id) WHERE NOT priority_case;
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_case_list_number ON service_case (case_number) WHERE NOT priority_case;
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_case_list_project ON service_case (project_code, id) WHERE NOT priority_case;
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_case_list_status_received ON service_case (status, received_at, id) WHERE NOT priority_case;
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_case_list_status_number ON service_case (status, case_number) WHERE NOT priority_case;
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_case_list_status_project ON service_case (status, project_code, id) WHERE NOT priority_case;
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_case_list_project_received ON service_case (project_id, received_at, id) WHERE NOT priority_case;
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_case_list_project_number ON service_case (project_id, case_number) WHERE NOT priority_case;
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_case_list_project_project ON service_case (project_id, project_code, id) WHERE NOT priority_case;
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_case_list_type_received ON service_case (case_type, received_at, id) WHERE NOT priority_case;
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_case_list_type_number ON service_case (case_type, case_number) WHERE NOT priority_case;
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_case_list_type_project ON service_case (case_type, project_code, id) WHERE NOT priority_case;
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_case_list_class_received ON service_case (service_class, received_at, id) WHERE NOT priority_case;
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_case_list_class_number ON service_case (service_class, case_number) WHERE NOT priority_case;
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_case_list_class_project ON service_case (service_class, project_code, id) WHERE NOT priority_case;
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_case_priority_received ON service_case (received_at, id) WHERE priority_case;
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_case_priority_number ON service_case (case_number) WHERE priority_case;
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_case_priority_project ON service_case (project_code, id) WHERE priority_case;

-- "My work" (breached and near-breach blocks): the clocks still running or paused, by due time — a few thousand of
-- millions, in a small index.
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_clock_open_due ON service_case_clock (due_at, id)
    WHERE met_at IS NULL AND stopped_at IS NULL;
-- The breach sweep (BreachSweep, every minute): the running clocks not yet notified, by due time; it reads the
-- overdue head of this index and stops.
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_clock_breach_candidates ON service_case_clock (due_at, id)
    WHERE breach_notified_at IS NULL AND met_at IS NULL AND stopped_at IS NULL AND paused_since IS NULL;
