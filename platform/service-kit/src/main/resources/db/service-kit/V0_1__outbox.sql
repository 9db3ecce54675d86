-- Transactional outbox (service-kit). A row is written in the same transaction as the domain change and
-- deleted once the broker has acknowledged it. payload NULL means a tombstone.
CREATE TABLE outbox_message (
    id              UUID PRIMARY KEY,
    seq             BIGINT GENERATED ALWAYS AS IDENTITY,
    topic           VARCHAR(249) NOT NULL,
    message_key     VARCHAR(255) NOT NULL,
    event_type      VARCHAR(100),
    payload         TEXT,
    created_at      TIMESTAMPTZ  NOT NULL,
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    last_error      TEXT,
    parked_at       TIMESTAMPTZ
);

CREATE UNIQUE INDEX outbox_message_seq ON outbox_message (seq);
CREATE INDEX outbox_message_due ON outbox_message (seq) WHERE parked_at IS NULL;
CREATE INDEX outbox_message_key ON outbox_message (topic, message_key, seq);
