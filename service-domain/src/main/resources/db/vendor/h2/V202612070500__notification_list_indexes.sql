-- Scale issue, the embedded database: a user's notifications by time and id (PostgreSQL:
-- db/vendor/postgresql/V202612070002__notification_list_indexes.sql).
CREATE INDEX ix_notification_recipient_time ON notification (recipient_id, notified_at, id);
