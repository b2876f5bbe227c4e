-- Issue 17: the ERP's key of a subcontractor or supplier (externalId), by which the ERP creates and updates it
-- (PUT /api/subcontractors/by-external-id/{externalId}). Unique; firms entered here have none until the ERP adopts them.
ALTER TABLE subcontractor ADD COLUMN external_id VARCHAR(64);
CREATE UNIQUE INDEX ux_subcontractor_external_id ON subcontractor (external_id);
