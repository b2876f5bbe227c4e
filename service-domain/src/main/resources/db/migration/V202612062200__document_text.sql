-- The text of a stored document (R-K1, R-K3), read once at upload within explicit limits and kept with the document,
-- so that the search index reads it from here instead of parsing every manual again at every start of every instance
-- (issue "Robustness"). Standard SQL for H2 2.x and PostgreSQL 15, as before.
--
-- stored_document.text_state says what became of the text: EXTRACTED (the text is in document_text), NO_TEXT (read,
-- none in it: a scanned PDF), UNREADABLE (damaged, encrypted), NOT_A_TEXT_TYPE (pictures, drawings) or LIMIT_TRIPPED
-- (a parsing limit stopped it; text_limit names which). It is NULL only for documents stored before this migration,
-- until the one-time backfill at the next start (DocumentTextBackfill) has read them.
ALTER TABLE stored_document ADD COLUMN text_state VARCHAR(20);
ALTER TABLE stored_document ADD COLUMN text_limit VARCHAR(20);
ALTER TABLE stored_document ADD CONSTRAINT ck_stored_document_text_limit
    CHECK ((text_state = 'LIMIT_TRIPPED') = (text_limit IS NOT NULL));

-- At most 100 000 characters (the search takes no more of a file), written with the document or by the backfill, in
-- a table of its own so that lists of documents never read it. VARCHAR, not a CLOB: the same type on both databases.
CREATE TABLE document_text (
    document_id   BIGINT           NOT NULL PRIMARY KEY REFERENCES stored_document (id),
    text_content  VARCHAR(100000)  NOT NULL
);
