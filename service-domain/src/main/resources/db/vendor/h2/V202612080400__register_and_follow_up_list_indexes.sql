-- Scale issue, the embedded database: the retention registers' and the follow-up history's index order (PostgreSQL:
-- db/vendor/postgresql/V202612080400__register_and_follow_up_list_indexes.sql).
CREATE INDEX ix_subcontractor_retention_list ON subcontractor_retention (project_id, id);
CREATE INDEX ix_project_retention_list ON project_retention (due_date, id);
CREATE INDEX ix_retention_entry_list ON retention_entry (retention_id, id);
CREATE INDEX ix_owner_follow_up_history ON owner_follow_up (project_id, contacted_at, id);
