-- Scale issue (lists at 1 M cases): the case list sorts by project code; a project's code never changes
-- (project.error.codeImmutable), so each case keeps a copy and the sort can walk an index of service_case alone
-- instead of sorting the whole table after a join. The indexes themselves are vendor-specific
-- (db/vendor/{vendor}/V202612070001__case_list_indexes.sql): PostgreSQL builds them CONCURRENTLY.
ALTER TABLE service_case ADD COLUMN project_code VARCHAR(30);
UPDATE service_case SET project_code = (SELECT p.code FROM project p WHERE p.id = service_case.project_id);
ALTER TABLE service_case ALTER COLUMN project_code SET NOT NULL;
