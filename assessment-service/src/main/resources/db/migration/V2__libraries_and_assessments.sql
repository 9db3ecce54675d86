-- Libraries and their needs assessments. An assessment has a stable id and numbered revisions; goals, needs
-- and offers belong to one revision, so a completed revision stays exactly as it was completed.

CREATE TABLE library (
    id          UUID PRIMARY KEY,
    name        VARCHAR(200)     NOT NULL,
    consortium  VARCHAR(200),
    region      VARCHAR(100)     NOT NULL,
    city        VARCHAR(100)     NOT NULL,
    latitude    DOUBLE PRECISION,
    longitude   DOUBLE PRECISION,
    created_at  TIMESTAMPTZ      NOT NULL,
    updated_at  TIMESTAMPTZ      NOT NULL,
    version     BIGINT           NOT NULL,
    CONSTRAINT library_location_complete CHECK ((latitude IS NULL) = (longitude IS NULL)),
    CONSTRAINT library_latitude_range CHECK (latitude BETWEEN -90 AND 90),
    CONSTRAINT library_longitude_range CHECK (longitude BETWEEN -180 AND 180)
);

CREATE INDEX library_listing ON library (created_at DESC, id DESC);
CREATE INDEX library_consortium ON library (lower(consortium));

CREATE TABLE assessment (
    id               UUID PRIMARY KEY,
    library_id       UUID        NOT NULL REFERENCES library (id),
    latest_revision  INTEGER     NOT NULL CHECK (latest_revision >= 1),
    created_at       TIMESTAMPTZ NOT NULL,
    version          BIGINT      NOT NULL
);

CREATE INDEX assessment_library ON assessment (library_id);
CREATE INDEX assessment_listing ON assessment (created_at DESC, id DESC);

CREATE TABLE assessment_revision (
    id             UUID PRIMARY KEY,
    assessment_id  UUID         NOT NULL REFERENCES assessment (id),
    revision       INTEGER      NOT NULL CHECK (revision >= 1),
    title          VARCHAR(200) NOT NULL,
    status         VARCHAR(20)  NOT NULL CHECK (status IN ('DRAFT', 'COMPLETED')),
    created_at     TIMESTAMPTZ  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL,
    completed_at   TIMESTAMPTZ,
    version        BIGINT       NOT NULL,
    CONSTRAINT assessment_revision_number UNIQUE (assessment_id, revision),
    CONSTRAINT assessment_revision_completed_at CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL))
);

CREATE INDEX assessment_revision_status ON assessment_revision (assessment_id, status, revision DESC);

CREATE TABLE assessment_goal (
    id            UUID PRIMARY KEY,
    revision_id   UUID          NOT NULL REFERENCES assessment_revision (id),
    sort_order    INTEGER       NOT NULL,
    program_area  VARCHAR(60)   NOT NULL,
    description   VARCHAR(2000),
    version       BIGINT        NOT NULL
);

CREATE INDEX assessment_goal_revision ON assessment_goal (revision_id, sort_order);

CREATE TABLE assessment_need (
    id                UUID PRIMARY KEY,
    revision_id       UUID           NOT NULL REFERENCES assessment_revision (id),
    sort_order        INTEGER        NOT NULL,
    category          VARCHAR(20)    NOT NULL,
    type              VARCHAR(60)    NOT NULL,
    description       VARCHAR(2000),
    quantity          NUMERIC(20, 4) CHECK (quantity > 0),
    unit              VARCHAR(50),
    amount            NUMERIC(20, 4) CHECK (amount > 0),
    currency          VARCHAR(3),
    horizon           VARCHAR(20)    NOT NULL,
    priority          INTEGER        NOT NULL CHECK (priority BETWEEN 1 AND 5),
    current_capacity  NUMERIC(20, 4) CHECK (current_capacity >= 0),
    goal_id           UUID REFERENCES assessment_goal (id),
    version           BIGINT         NOT NULL,
    CONSTRAINT assessment_need_measure CHECK ((quantity IS NOT NULL AND unit IS NOT NULL AND amount IS NULL AND currency IS NULL)
                                           OR (amount IS NOT NULL AND currency IS NOT NULL AND quantity IS NULL AND unit IS NULL))
);

CREATE INDEX assessment_need_revision ON assessment_need (revision_id, sort_order);
CREATE INDEX assessment_need_goal ON assessment_need (goal_id);
CREATE INDEX assessment_need_type ON assessment_need (type, revision_id);

CREATE TABLE assessment_offer (
    id           UUID PRIMARY KEY,
    revision_id  UUID          NOT NULL REFERENCES assessment_revision (id),
    sort_order   INTEGER       NOT NULL,
    type         VARCHAR(60)   NOT NULL,
    description  VARCHAR(2000),
    version      BIGINT        NOT NULL
);

CREATE INDEX assessment_offer_revision ON assessment_offer (revision_id, sort_order);
