-- Scale issue 14, the embedded database: the follow-up planner's index order (PostgreSQL:
-- db/vendor/postgresql/V202612090201__follow_up_due_index.sql).
CREATE INDEX ix_project_follow_up_due ON project (follow_up_due_date, code);
