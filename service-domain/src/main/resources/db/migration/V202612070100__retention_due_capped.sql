-- Issue 19 item 1 (R-C5 / R-C8): a retention recorded without the contract's defect-liability months fell due the day
-- after the warranty end, with no cap — with a 36-month warranty 36 months after completion acceptance, beyond the
-- law's 24 (《建设工程质量保证金管理办法》第二条: "缺陷责任期一般为1年，最长不超过2年"). Its due date is now the earlier of the
-- day after the warranty end and the day after completion acceptance (formal handover where none is recorded) + 24
-- months. The due date is fixed when the retention is recorded, so the ones already recorded are corrected once, here,
-- with the same month rule as LocalDate.plusMonths (the corresponding day, or the month's last day: H2 and PostgreSQL
-- add months that way).
UPDATE project_retention SET due_date = (
    SELECT CAST(CAST(COALESCE(p.completion_acceptance_date, p.formal_handover_date) + INTERVAL '24' MONTH AS DATE)
                + INTERVAL '1' DAY AS DATE)
    FROM project p WHERE p.id = project_retention.project_id)
WHERE defect_liability_months IS NULL
  AND due_date > (
    SELECT CAST(CAST(COALESCE(p.completion_acceptance_date, p.formal_handover_date) + INTERVAL '24' MONTH AS DATE)
                + INTERVAL '1' DAY AS DATE)
    FROM project p WHERE p.id = project_retention.project_id);
