-- A per-user security stamp (robustness and scale issues): bumped whenever what a login grants changes — the
-- password, the roles, the department, enabled/disabled. Every request of a portal session and every cached API
-- credential compares the stamp it was granted with this one (one primary-key read), so a revocation takes effect on
-- the next request of every session, on every instance, without re-hashing a password per API call.
ALTER TABLE app_user ADD COLUMN security_stamp BIGINT NOT NULL DEFAULT 0;
