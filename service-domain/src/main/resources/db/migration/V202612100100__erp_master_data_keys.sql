-- Issue 17, master data by the ERP's keys (GLOSSARY 外部编号, externalId): owners become a resource of their own with
-- the ERP's key and their unified social credit code (统一社会信用代码, GB 32100-2015, 18 characters); equipment items and
-- service contracts carry the ERP's key too. Each key is unique per kind; records entered here have none until the ERP
-- adopts them. A credit code is unique where known (an owner entered by name only has none).
ALTER TABLE owner ADD COLUMN external_id VARCHAR(64);
ALTER TABLE owner ADD COLUMN credit_code VARCHAR(18);
CREATE UNIQUE INDEX ux_owner_external_id ON owner (external_id);
CREATE UNIQUE INDEX ux_owner_credit_code ON owner (credit_code);
ALTER TABLE equipment_item ADD COLUMN external_id VARCHAR(64);
CREATE UNIQUE INDEX ux_equipment_item_external_id ON equipment_item (external_id);
ALTER TABLE service_contract ADD COLUMN external_id VARCHAR(64);
CREATE UNIQUE INDEX ux_service_contract_external_id ON service_contract (external_id);
