-- R-S10 (issue 19 item 6): "受理的意见和投诉中涉及产品质量、使用功能和合理性的，应立即送设计部或设备分包商处理" —
-- a feedback or complaint records at intake whether it concerns the product's quality, function or design
-- reasonableness (QUALITY / FUNCTION / DESIGN); such a case closes or is cancelled only once its hand-off is answered.
-- Nullable, no default and no CHECK: adding it to a table of a million cases takes no table rewrite or scan
-- (ServiceCase.checkIntake refuses a concern on other types).
ALTER TABLE service_case ADD COLUMN concern VARCHAR(30);
