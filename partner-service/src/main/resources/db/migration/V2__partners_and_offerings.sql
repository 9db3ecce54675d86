-- Partner organizations and their offerings.
-- Codes (partner_type, category, type, horizon, status, verification, seeks) are validated by the service
-- against the contracts taxonomy, not by CHECK constraints, so a taxonomy addition needs no migration.

CREATE TABLE partner (
    id                UUID PRIMARY KEY,
    name              VARCHAR(200)  NOT NULL,
    -- lower(name): the name order and its keyset cursor
    name_key          VARCHAR(200)  NOT NULL,
    -- duplicate guard: name without case, accents, punctuation and legal-form words
    normalized_name   VARCHAR(200)  NOT NULL,
    partner_type      VARCHAR(40)   NOT NULL,
    description       VARCHAR(2000),
    remote            BOOLEAN       NOT NULL,
    national          BOOLEAN       NOT NULL,
    regions           TEXT[]        NOT NULL,
    cities            TEXT[]        NOT NULL,
    -- 'region:<lower name>' and 'city:<lower name>' for the region and city filters
    area_keys         TEXT[]        NOT NULL,
    website           VARCHAR(500),
    website_domain    VARCHAR(255),
    contact_name      VARCHAR(200),
    contact_email     VARCHAR(320),
    seeks             TEXT[]        NOT NULL,
    verification      VARCHAR(20)   NOT NULL,
    last_confirmed_at DATE          NOT NULL,
    -- descriptions of the partner's current offerings, kept by the service for full-text search
    offering_text     TEXT          NOT NULL,
    search_vector     TSVECTOR GENERATED ALWAYS AS (
                          setweight(to_tsvector('english', name), 'A')
                          || setweight(to_tsvector('english', coalesce(description, '')), 'B')
                          || setweight(to_tsvector('english', offering_text), 'C')) STORED,
    created_at        TIMESTAMPTZ   NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL,
    version           BIGINT        NOT NULL
);

CREATE INDEX partner_search ON partner USING GIN (search_vector);
CREATE INDEX partner_name_order ON partner (name_key, id);
CREATE INDEX partner_area ON partner USING GIN (area_keys);
CREATE INDEX partner_type_name_order ON partner (partner_type, name_key, id);
CREATE INDEX partner_normalized_name ON partner (normalized_name);
CREATE INDEX partner_website_domain ON partner (website_domain) WHERE website_domain IS NOT NULL;

CREATE TABLE offering (
    id                UUID PRIMARY KEY,
    partner_id        UUID          NOT NULL REFERENCES partner (id) ON DELETE CASCADE,
    category          VARCHAR(20)   NOT NULL,
    type              VARCHAR(60)   NOT NULL,
    description       VARCHAR(4000),
    quantity          NUMERIC,
    unit              VARCHAR(40),
    amount            NUMERIC,
    currency          VARCHAR(3),
    available_from    DATE,
    available_until   DATE,
    horizon           VARCHAR(20)   NOT NULL,
    -- JSON array of {code, description, value}; never queried, always read with the offering
    conditions        TEXT          NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    created_at        TIMESTAMPTZ   NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT offering_window CHECK (available_until IS NULL OR available_from IS NULL
                                      OR available_until >= available_from)
);

CREATE INDEX offering_partner ON offering (partner_id, created_at, id);
CREATE INDEX offering_type_partner ON offering (type, partner_id);
CREATE INDEX offering_category_partner ON offering (category, partner_id);
-- the expiry job: active offerings whose window has ended
CREATE INDEX offering_active_until ON offering (available_until) WHERE status = 'ACTIVE';
