-- Bringing an existing directory in, and knowing where a listing came from.
-- partner.external_id: the source system's id of the organization (unique; imports update by it).
-- partner.org_registry_id: registry number with scheme prefix, e.g. US-EIN-12-3456789 (unique; checked by the service).
-- partner.source_note: what an imported source held that has no field here, kept as text.
-- *.import_id: the import that last created or changed the row (NULL for changes through the ordinary API).
ALTER TABLE partner
    ADD COLUMN external_id     VARCHAR(200),
    ADD COLUMN org_registry_id VARCHAR(80),
    ADD COLUMN source_note     TEXT,
    ADD COLUMN import_id       UUID;

CREATE UNIQUE INDEX partner_external_id ON partner (external_id) WHERE external_id IS NOT NULL;
CREATE UNIQUE INDEX partner_org_registry_id ON partner (org_registry_id) WHERE org_registry_id IS NOT NULL;

ALTER TABLE offering
    ADD COLUMN external_id VARCHAR(200),
    ADD COLUMN import_id   UUID;

CREATE UNIQUE INDEX offering_external_id ON offering (partner_id, external_id) WHERE external_id IS NOT NULL;

-- An import job: the file waits in directory_import_chunk until the job has read it; the counters and
-- resume_after_line change in the transaction that writes the rows they count, so a job resumed after a crash
-- neither skips nor repeats a row. A running job is leased to one runner (runner, lease_until); when the lease
-- passes, another runner takes the job over and the first one's next batch is refused.
CREATE TABLE directory_import (
    id                UUID         PRIMARY KEY,
    format            VARCHAR(10)  NOT NULL,
    dry_run           BOOLEAN      NOT NULL,
    status            VARCHAR(12)  NOT NULL,
    file_bytes        BIGINT       NOT NULL,
    rows_read         INTEGER      NOT NULL DEFAULT 0,
    created           INTEGER      NOT NULL DEFAULT 0,
    updated           INTEGER      NOT NULL DEFAULT 0,
    unchanged         INTEGER      NOT NULL DEFAULT 0,
    refused           INTEGER      NOT NULL DEFAULT 0,
    error_count       INTEGER      NOT NULL DEFAULT 0,
    resume_after_line BIGINT       NOT NULL DEFAULT 0,
    failure           TEXT,
    submitted_by      VARCHAR(200),
    submitted_at      TIMESTAMPTZ  NOT NULL,
    started_at        TIMESTAMPTZ,
    finished_at       TIMESTAMPTZ,
    lease_until       TIMESTAMPTZ,
    runner            UUID,
    CONSTRAINT directory_import_status CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'))
);

CREATE INDEX directory_import_waiting ON directory_import (submitted_at) WHERE status IN ('QUEUED', 'RUNNING');

CREATE TABLE directory_import_chunk (
    import_id UUID    NOT NULL REFERENCES directory_import (id) ON DELETE CASCADE,
    seq       INTEGER NOT NULL,
    data      BYTEA   NOT NULL,
    PRIMARY KEY (import_id, seq)
);

CREATE TABLE directory_import_error (
    import_id UUID          NOT NULL REFERENCES directory_import (id) ON DELETE CASCADE,
    seq       INTEGER       NOT NULL,
    line      BIGINT        NOT NULL,
    field     VARCHAR(300),
    message   TEXT          NOT NULL,
    PRIMARY KEY (import_id, seq)
);
