-- Scale issue 14: the follow-up planner (R-F2) by due date, then project code (FollowUpDueQuery), built CONCURRENTLY
-- like V202612080400 (executeInTransaction=false in the .conf beside this file; IF NOT EXISTS makes an interrupted
-- build safe to run again after dropping an INVALID index).
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_project_follow_up_due ON project (follow_up_due_date, code);
