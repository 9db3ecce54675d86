-- Capacity contention: what the coverage plan of every current recommendation set (of one assessment, or of one
-- consortium's pool) asks of each offering, per library. Matches read it as the demand of the other libraries;
-- partners read it as the demand on their offerings. Only current sets have rows: storing an owner's next set
-- replaces its rows in the same transaction.
CREATE TABLE offering_ask (
    -- 'assessment:<assessment id>' or 'consortium:<consortium key>': whose current set asks
    owner         VARCHAR(220)   NOT NULL,
    -- the library asking; a consortium's pooled ask is split over its contributing members pro rata to their gaps
    library_id    UUID           NOT NULL,
    offering_id   UUID           NOT NULL,
    partner_id    UUID           NOT NULL,
    -- the need type the offering covers (always the offering's type): a match reads only the types it needs
    offering_type VARCHAR(100)   NOT NULL,
    -- in the offering's capacity measure (its unit, or its currency per its period); 0 when nothing countable
    quantity      NUMERIC(20, 4) NOT NULL CHECK (quantity >= 0),
    PRIMARY KEY (owner, offering_id, library_id)
);

CREATE INDEX offering_ask_type ON offering_ask (offering_type, offering_id);
CREATE INDEX offering_ask_offering ON offering_ask (offering_id);
CREATE INDEX offering_ask_partner ON offering_ask (partner_id);
