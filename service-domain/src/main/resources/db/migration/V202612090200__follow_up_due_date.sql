-- Scale issue 14, the follow-up planner (R-F2): each project keeps the due date of its next owner contact and the
-- contact that set it (the last one that reached the owner), so the list of due follow-ups reads an index in due-date
-- order instead of deriving every project's date in Java and sorting them. Kept by FollowUpPlan whenever a contact is
-- logged, the handover dates change or the follow-up period changes; filled for existing projects at the first start
-- (FollowUpPlan, projects handed over with no date yet). The indexes are vendor-specific
-- (db/vendor/{vendor}/V202612090201__follow_up_due_index.sql): PostgreSQL builds them CONCURRENTLY.
ALTER TABLE project ADD COLUMN follow_up_due_date DATE;
ALTER TABLE project ADD COLUMN follow_up_reached_id BIGINT;
