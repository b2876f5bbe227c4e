-- Scale issue: the retention registers (R-C4, R-C5; 1 M ledger movements) and a project's follow-up history (R-F2;
-- 100 000 contacts) read in index order, built CONCURRENTLY like V202612070001 (executeInTransaction=false in the
-- .conf beside this file; IF NOT EXISTS makes an interrupted build safe to run again after dropping an INVALID index).
--
-- The subcontractor register (RegisterListQuery): by project code (uk_project_code), then the retentions of each
-- project by id; with a project filter by id alone.
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_subcontractor_retention_list ON subcontractor_retention (project_id, id);
-- The project register: by due date with the id as tie-breaker (ix_project_retention_due_date has no tie-breaker).
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_project_retention_list ON project_retention (due_date, id);
-- A page's ledger movements, read for all retentions of the page in one statement, each retention's by id.
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_retention_entry_list ON retention_entry (retention_id, id);
-- A project's contacts, latest first (FollowUpService.history).
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_owner_follow_up_history ON owner_follow_up (project_id, contacted_at, id);
