-- Scale issue: a user's notifications (1 M in all) newest first, all or the unread ones, from an index by recipient and
-- time with the id as tie-breaker (NotificationService.mine: an offset page, a cursor page); built CONCURRENTLY like
-- V202612070001 (executeInTransaction=false in the .conf beside this file). The index by recipient and time alone
-- that V202611271620 made is left in place for the portal's inbox.
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_notification_recipient_time ON notification (recipient_id, notified_at, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_notification_recipient_unread ON notification (recipient_id, notified_at, id)
    WHERE read_at IS NULL;
