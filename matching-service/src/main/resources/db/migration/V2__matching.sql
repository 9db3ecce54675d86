-- Idempotent consumers: an event id is inserted first in the transaction that processes the event.
CREATE TABLE processed_event (
    event_id     UUID PRIMARY KEY,
    topic        VARCHAR(249) NOT NULL,
    event_type   VARCHAR(100) NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL
);

-- Partner read model (from partner-directory): the latest snapshot per partner, loaded into the in-memory
-- offering index at startup. change_seq orders changes so every replica can follow them (see PartnerReadModel).
CREATE SEQUENCE partner_change_seq;

CREATE TABLE partner (
    partner_id  UUID PRIMARY KEY,
    version     BIGINT      NOT NULL,
    removed     BOOLEAN     NOT NULL,
    snapshot    TEXT,
    change_seq  BIGINT      NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    CONSTRAINT partner_snapshot_unless_removed CHECK (removed OR snapshot IS NOT NULL)
);

CREATE UNIQUE INDEX partner_change ON partner (change_seq);

-- The newest completed revision per assessment (from assessment-completed).
CREATE TABLE assessment (
    assessment_id UUID PRIMARY KEY,
    revision      INTEGER      NOT NULL,
    library_id    UUID         NOT NULL,
    library_name  VARCHAR(500) NOT NULL,
    region        VARCHAR(500) NOT NULL,
    city          VARCHAR(500) NOT NULL,
    payload       TEXT         NOT NULL,
    completed_at  TIMESTAMPTZ  NOT NULL,
    received_at   TIMESTAMPTZ  NOT NULL
);

-- The need types of the stored revision: which assessments a partner change can affect.
CREATE TABLE assessment_need_type (
    assessment_id UUID         NOT NULL REFERENCES assessment (assessment_id) ON DELETE CASCADE,
    need_type     VARCHAR(100) NOT NULL,
    PRIMARY KEY (assessment_id, need_type)
);

CREATE INDEX assessment_need_type_type ON assessment_need_type (need_type, assessment_id);

-- Work that must not be lost: (re-)match this assessment. One row per assessment (requests coalesce); a worker
-- takes rows with FOR UPDATE SKIP LOCKED and deletes a row in the transaction that stores the result.
CREATE TABLE match_request (
    assessment_id   UUID         PRIMARY KEY REFERENCES assessment (assessment_id) ON DELETE CASCADE,
    reason          VARCHAR(40)  NOT NULL,
    partner_id      UUID,
    requested_at    TIMESTAMPTZ  NOT NULL,
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    last_error      TEXT
);

CREATE INDEX match_request_due ON match_request (next_attempt_at);

-- Recommendation sets, versioned per assessment revision; exactly one current set per assessment.
CREATE TABLE recommendation_set (
    id                 UUID PRIMARY KEY,
    assessment_id      UUID        NOT NULL REFERENCES assessment (assessment_id) ON DELETE CASCADE,
    revision           INTEGER     NOT NULL,
    set_version        INTEGER     NOT NULL,
    current            BOOLEAN     NOT NULL,
    trigger            VARCHAR(40) NOT NULL,
    trigger_partner_id UUID,
    generated_at       TIMESTAMPTZ NOT NULL,
    content            TEXT        NOT NULL,
    excluded           TEXT        NOT NULL,
    changes            TEXT        NOT NULL,
    CONSTRAINT recommendation_set_version UNIQUE (assessment_id, revision, set_version)
);

CREATE UNIQUE INDEX recommendation_set_current ON recommendation_set (assessment_id) WHERE current;

-- The partners of each set, for the partner view and to find the sets a partner change affects.
CREATE TABLE recommended_partner (
    set_id        UUID          NOT NULL REFERENCES recommendation_set (id) ON DELETE CASCADE,
    partner_id    UUID          NOT NULL,
    assessment_id UUID          NOT NULL,
    rank          INTEGER       NOT NULL,
    score         NUMERIC(8, 6) NOT NULL,
    current       BOOLEAN       NOT NULL,
    PRIMARY KEY (set_id, partner_id)
);

CREATE INDEX recommended_partner_current ON recommended_partner (partner_id, assessment_id) WHERE current;

-- Library staff feedback on a recommended partner. decline_reason and note are private to the library.
CREATE TABLE match_feedback (
    id             UUID PRIMARY KEY,
    assessment_id  UUID         NOT NULL REFERENCES assessment (assessment_id) ON DELETE CASCADE,
    partner_id     UUID         NOT NULL,
    revision       INTEGER      NOT NULL,
    set_version    INTEGER      NOT NULL,
    outcome        VARCHAR(20)  NOT NULL,
    decline_reason VARCHAR(40),
    note           VARCHAR(2000),
    recorded_at    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT match_feedback_reason CHECK ((outcome = 'DECLINED') = (decline_reason IS NOT NULL))
);

CREATE INDEX match_feedback_pair ON match_feedback (assessment_id, partner_id, recorded_at, id);
