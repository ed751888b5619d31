-- The first response to a POST carrying an Idempotency-Key, stored in the same transaction as
-- the write it describes, so a crash can never leave one without the other.
CREATE TABLE idempotency_keys (
    scope_id        uuid         NOT NULL,
    idempotency_key varchar(255) NOT NULL,
    request_hash    varchar(64)  NOT NULL,
    response_status integer,
    response_body   text,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (scope_id, idempotency_key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
