-- The demand on each offering, kept as a running total of offering_ask (see OfferingAsks): what a match reads as the
-- demand of the other libraries is this total minus its own libraries' asks, so a match no longer aggregates every
-- ask of its types across the directory. One row per offering and the type it is asked under (an offering whose type
-- changed can be asked under both until every set asking for it is matched again), with the one rule of offering_ask:
-- a library counts once, with its largest ask. Replacing an owner's asks recomputes the rows of the offerings it
-- touched in the same transaction, so the totals never disagree with offering_ask.
CREATE TABLE offering_demand_total (
    offering_id   UUID           NOT NULL,
    offering_type VARCHAR(100)   NOT NULL,
    -- in the offering's capacity measure, summed over the libraries asking
    quantity      NUMERIC(20, 4) NOT NULL CHECK (quantity >= 0),
    libraries     INTEGER        NOT NULL CHECK (libraries > 0),
    PRIMARY KEY (offering_id, offering_type)
);

CREATE INDEX offering_demand_total_type ON offering_demand_total (offering_type, offering_id);

-- a match subtracts its own libraries' asks: found by library
CREATE INDEX offering_ask_library ON offering_ask (library_id);

INSERT INTO offering_demand_total (offering_id, offering_type, quantity, libraries)
SELECT offering_id, offering_type, sum(quantity), count(*)
FROM (SELECT offering_id, offering_type, library_id, max(quantity) AS quantity
      FROM (SELECT owner, offering_id, offering_type, library_id, sum(quantity) AS quantity
            FROM offering_ask GROUP BY owner, offering_id, offering_type, library_id) per_owner
      GROUP BY offering_id, offering_type, library_id) per_library
GROUP BY offering_id, offering_type;
