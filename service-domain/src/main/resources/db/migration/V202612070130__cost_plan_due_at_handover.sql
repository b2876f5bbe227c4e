-- Issue 19 item 2 (R-C1): the cost plan's due date is provisional handover + the cost-plan months in force AT
-- PROVISIONAL HANDOVER (not at the plan's creation): the policy value is read from its history — the new value of the
-- last change made on or before that day, else the old value of the earliest change, else the stored value, else the
-- default 1. Plans already created are corrected once here (the change's day is taken in UTC: a one-off correction).
UPDATE cost_plan SET due_date = (
    SELECT CAST(p.provisional_handover_date + INTERVAL '1' MONTH * CAST(COALESCE(
               (SELECT c.new_value FROM policy_change c
                 WHERE c.parameter_key = 'COST_PLAN_MONTHS'
                   AND CAST(c.created_at AS DATE) <= p.provisional_handover_date
                 ORDER BY c.created_at DESC, c.id DESC FETCH FIRST 1 ROWS ONLY),
               (SELECT c.old_value FROM policy_change c
                 WHERE c.parameter_key = 'COST_PLAN_MONTHS'
                 ORDER BY c.created_at, c.id FETCH FIRST 1 ROWS ONLY),
               (SELECT v.parameter_value FROM policy_parameter v WHERE v.parameter_key = 'COST_PLAN_MONTHS'),
               1) AS INTEGER) AS DATE)
    FROM project p WHERE p.id = cost_plan.project_id)
WHERE EXISTS (SELECT 1 FROM project p WHERE p.id = cost_plan.project_id AND p.provisional_handover_date IS NOT NULL);

-- A plan submitted after its due date stays marked late (through rejection, resubmission and approval).
ALTER TABLE cost_plan ADD COLUMN submitted_late BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE cost_plan SET submitted_late = TRUE
WHERE submitted_at IS NOT NULL AND CAST(submitted_at AS DATE) > due_date;

-- R-C1: a cost booked after the due date while no plan is approved is flagged (service_cost.plan_deviation
-- BOOKED_BEFORE_APPROVAL) when booked; lines booked before this migration are not judged afresh.
