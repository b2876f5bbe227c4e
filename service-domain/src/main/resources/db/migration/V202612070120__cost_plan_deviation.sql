-- Issue 19 item 3 (R-C2): a cost booked beyond its category's approved budget (planned + approved supplements) is
-- flagged on the line when booked — "因特殊原因追加售后服务费的，须提交报告，经特别审批后执行" — with the figures.
ALTER TABLE service_cost ADD COLUMN plan_deviation VARCHAR(30);
ALTER TABLE service_cost ADD COLUMN plan_note VARCHAR(300);
CREATE INDEX ix_service_cost_plan_deviation ON service_cost (plan_deviation, created_at);
