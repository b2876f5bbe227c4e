-- Issue 16, the owner's link (no account, no password): a case's link for the owner's contact. Only the SHA-256 hash of
-- the token is kept (the token itself is shown once); making a new link revokes the case's earlier one (revoked_at).
CREATE TABLE case_owner_link (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_by VARCHAR(64) NOT NULL,
    modified_at TIMESTAMP NOT NULL,
    modified_by VARCHAR(64) NOT NULL,
    service_case_id BIGINT NOT NULL REFERENCES service_case (id),
    token_hash VARCHAR(64) NOT NULL,
    revoked_at TIMESTAMP,
    CONSTRAINT case_owner_link_token UNIQUE (token_hash)
);
CREATE INDEX case_owner_link_case ON case_owner_link (service_case_id);
