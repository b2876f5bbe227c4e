-- Robustness issue: "every act on a case accepts any past `at` without a trace, so an arrival can be back-dated to turn a
-- breach into 'met in time' unseen". Each line of a case's timeline now keeps both the time the user claims (claimed_at,
-- what the clocks are judged by — the former occurred_at) and the time it was entered (entered_at). A claim older than
-- the policy's late-entry bound (LATE_ENTRY_HOURS, 24 h) is accepted only with late_reason, and is then a late entry.
ALTER TABLE service_case_event RENAME COLUMN occurred_at TO claimed_at;
ALTER TABLE service_case_event ADD COLUMN entered_at TIMESTAMP;
-- Lines entered before this migration: the row's created stamp is when each was entered.
UPDATE service_case_event SET entered_at = created_at;
ALTER TABLE service_case_event ALTER COLUMN entered_at SET NOT NULL;
ALTER TABLE service_case_event ADD COLUMN late_reason VARCHAR(500);

-- The act that met a clock was a late entry: the monthly report shows how many clocks met in time rest on one
-- (metByLateEntry beside percentMetInTime).
ALTER TABLE service_case_clock ADD COLUMN met_by_late_entry BOOLEAN DEFAULT FALSE NOT NULL;

-- R-S1 / API.md: receivedAt defaults to the time of entry; the case says when it did.
ALTER TABLE service_case ADD COLUMN received_at_defaulted BOOLEAN DEFAULT FALSE NOT NULL;
