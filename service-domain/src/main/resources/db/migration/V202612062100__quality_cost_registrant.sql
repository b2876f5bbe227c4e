-- R-C4 "由售后服务部登记备案": who registered a quality cost, and whether a system account (the ERP) registered it on
-- after-sales' behalf rather than a person of after-sales. Costs registered so far were registered on the portal, by
-- after-sales in their own name: their audit stamp names who.
ALTER TABLE quality_cost ADD COLUMN registered_by VARCHAR(64);
ALTER TABLE quality_cost ADD COLUMN on_behalf_of_after_sales BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE quality_cost SET registered_by = created_by;
ALTER TABLE quality_cost ALTER COLUMN registered_by SET NOT NULL;
