-- Consortium (pooled) matching: the consortium each stored assessment names, the consortium recommendation sets,
-- the partners each set ranks, and the durable queue of consortium (re-)matches.

-- The consortium as the assessment-completed payload spells it (library.consortium), and its key: the name in
-- lower case (computed by the service), since consortium names compare case-insensitively. Null: no consortium.
ALTER TABLE assessment ADD COLUMN consortium VARCHAR(200);
ALTER TABLE assessment ADD COLUMN consortium_key VARCHAR(200);
ALTER TABLE assessment ADD CONSTRAINT assessment_consortium_key CHECK ((consortium IS NULL) = (consortium_key IS NULL));

CREATE INDEX assessment_consortium ON assessment (consortium_key, library_id) WHERE consortium_key IS NOT NULL;
CREATE INDEX assessment_library ON assessment (library_id, completed_at);

-- Consortium recommendation sets, versioned per consortium; exactly one current set per consortium.
CREATE TABLE consortium_recommendation_set (
    id             UUID PRIMARY KEY,
    consortium_key VARCHAR(200) NOT NULL,
    consortium     VARCHAR(200) NOT NULL,
    set_version    INTEGER      NOT NULL,
    current        BOOLEAN      NOT NULL,
    trigger        VARCHAR(40)  NOT NULL,
    generated_at   TIMESTAMPTZ  NOT NULL,
    content        TEXT         NOT NULL,
    changes        TEXT         NOT NULL,
    CONSTRAINT consortium_recommendation_set_version UNIQUE (consortium_key, set_version)
);

CREATE UNIQUE INDEX consortium_recommendation_set_current ON consortium_recommendation_set (consortium_key) WHERE current;

-- The partners each consortium set ranks: which consortia a partner change affects.
CREATE TABLE consortium_recommended_partner (
    set_id         UUID         NOT NULL REFERENCES consortium_recommendation_set (id) ON DELETE CASCADE,
    partner_id     UUID         NOT NULL,
    consortium_key VARCHAR(200) NOT NULL,
    current        BOOLEAN      NOT NULL,
    PRIMARY KEY (set_id, partner_id)
);

CREATE INDEX consortium_recommended_partner_current ON consortium_recommended_partner (partner_id) WHERE current;

-- Work that must not be lost: (re-)match this consortium. One row per consortium (requests coalesce and settle);
-- a worker takes rows with FOR UPDATE SKIP LOCKED and deletes a row in the transaction that stores the result.
CREATE TABLE consortium_match_request (
    consortium_key  VARCHAR(200) PRIMARY KEY,
    reason          VARCHAR(40)  NOT NULL,
    requested_at    TIMESTAMPTZ  NOT NULL,
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    last_error      TEXT
);

CREATE INDEX consortium_match_request_due ON consortium_match_request (next_attempt_at);
