-- R-O3 (issue 6): who generated an archived monthly report (the job, or the general manager who regenerated it), its
-- size for the archive page without reading the workbook, and when it was mailed to the recipients. mailed_at is
-- claimed by one conditional UPDATE (… WHERE mailed_at IS NULL), so of two instances only one mails a month.
ALTER TABLE monthly_report ADD COLUMN generated_by VARCHAR(64);
ALTER TABLE monthly_report ADD COLUMN content_size BIGINT;
ALTER TABLE monthly_report ADD COLUMN mailed_at TIMESTAMP;
UPDATE monthly_report SET generated_by = created_by, content_size = OCTET_LENGTH(content);
ALTER TABLE monthly_report ALTER COLUMN generated_by SET NOT NULL;
ALTER TABLE monthly_report ALTER COLUMN content_size SET NOT NULL;
