-- Issue 18 item 6 (R-C4): a subcontractor retention's release date before the end of the project's defect-liability
-- period needs a reason (e.g. a bank guarantee replaces the deposit). Rows entered before this rule keep no reason.
ALTER TABLE subcontractor_retention ADD COLUMN early_release_reason VARCHAR(500);
