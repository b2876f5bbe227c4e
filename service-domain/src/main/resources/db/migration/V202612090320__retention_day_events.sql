-- Issue 17: the days a project retention falls due (R-C5) and is deemed accepted (R-C8) are told to the ERP once, by
-- the job that notices them (RetentionDayEvents); these columns say when that was, so no instance tells it twice.
ALTER TABLE project_retention ADD COLUMN due_event_at TIMESTAMP;
ALTER TABLE project_retention ADD COLUMN deemed_event_at TIMESTAMP;
