-- R-B2: the after-sales delegation agreement signed with each contracted subcontractor, per project.
ALTER TABLE project_subcontractor ADD COLUMN agreement_number VARCHAR(60);
ALTER TABLE project_subcontractor ADD COLUMN agreement_scope VARCHAR(500);
ALTER TABLE project_subcontractor ADD COLUMN agreement_valid_from DATE;
ALTER TABLE project_subcontractor ADD COLUMN agreement_valid_until DATE;
