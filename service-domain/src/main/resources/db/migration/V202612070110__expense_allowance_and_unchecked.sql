-- Issue 19 item 4 (R-C7): the daily allowance is checked — a travel line carries the days away it pays for — and a
-- line without what its check needs is flagged NOT_CHECKED instead of passing unseen.
ALTER TABLE service_cost ADD COLUMN allowance_days INTEGER;
ALTER TABLE service_cost ADD CONSTRAINT ck_service_cost_allowance_days
    CHECK (allowance_days IS NULL OR (allowance_days BETWEEN 1 AND 366 AND category = 'TRAVEL'));
-- Lines booked before: the ones that could never be checked say so now (their figures are not re-judged).
UPDATE service_cost SET standard_deviation = 'NOT_CHECKED',
       standard_note = CASE WHEN category = 'TRAVEL' THEN 'missing: travelClass' ELSE 'missing: nights/cityTier' END
WHERE standard_deviation IS NULL
  AND ((category = 'ACCOMMODATION' AND (nights IS NULL OR city_tier IS NULL))
       OR (category = 'TRAVEL' AND travel_class IS NULL));
