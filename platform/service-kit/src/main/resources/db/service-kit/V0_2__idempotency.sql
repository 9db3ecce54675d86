-- Responses to creating POSTs, kept by Idempotency-Key (service-kit).
CREATE TABLE idempotency_record (
    scope         VARCHAR(100) NOT NULL,
    idem_key      VARCHAR(255) NOT NULL,
    request_hash  VARCHAR(64)  NOT NULL,
    status        INTEGER      NOT NULL,
    body          TEXT,
    location      TEXT,
    etag          VARCHAR(100),
    created_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (scope, idem_key)
);

CREATE INDEX idempotency_record_created ON idempotency_record (created_at);
