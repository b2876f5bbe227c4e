-- Scale issue 14, the embedded database: H2 has no partial index (PostgreSQL:
-- db/vendor/postgresql/V202612100500__open_case_project_index.sql); the project and status of a case, together.
CREATE INDEX ix_case_open_project ON service_case (project_id, status);
