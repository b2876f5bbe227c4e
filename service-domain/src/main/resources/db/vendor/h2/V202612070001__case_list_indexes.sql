-- Scale issue, the embedded database (demo, tests): H2 has no partial indexes and no CONCURRENTLY; its tables are
-- small. The same sort keys as PostgreSQL's indexes (db/vendor/postgresql/V202612070001__case_list_indexes.sql), led by
-- priority_case, and the clocks by due time.
CREATE INDEX ix_case_list_received ON service_case (priority_case, received_at, id);
CREATE INDEX ix_case_list_number ON service_case (priority_case, case_number);
CREATE INDEX ix_case_list_project ON service_case (priority_case, project_code, id);
CREATE INDEX ix_clock_open_due ON service_case_clock (met_at, stopped_at, due_at, id);
