-- Issue 17: the ERP's key of a project (GLOSSARY 外部编号, externalId), by which the ERP creates and updates it
-- (PUT /api/projects/by-external-id/{externalId}). Unique; projects entered here have none until the ERP adopts them.
ALTER TABLE project ADD COLUMN external_id VARCHAR(64);
CREATE UNIQUE INDEX ux_project_external_id ON project (external_id);
