-- The period of a money offering and its structured eligibility rules.
-- period: money_periods code (ONE_TIME, MONTH, YEAR) of a money offering, ONE_TIME when the partner states none;
--         NULL for a quantity offering. Codes are validated by the service against the taxonomy (no CHECK).
-- min_order_*: the smallest order the partner accepts, in the offering's measure: quantity + unit (TECHNOLOGY,
--              HUMAN) or amount + currency (FINANCIAL); all NULL when there is no minimum.
-- min_joint_libraries: how many libraries must apply together (2..100); NULL when there is no such rule.

ALTER TABLE offering
    ADD COLUMN period              VARCHAR(20),
    ADD COLUMN min_order_quantity  NUMERIC,
    ADD COLUMN min_order_unit      VARCHAR(40),
    ADD COLUMN min_order_amount    NUMERIC,
    ADD COLUMN min_order_currency  VARCHAR(3),
    ADD COLUMN min_joint_libraries INTEGER,
    ADD CONSTRAINT offering_min_order_measure CHECK (min_order_quantity IS NULL OR min_order_amount IS NULL),
    ADD CONSTRAINT offering_min_order_positive CHECK ((min_order_quantity IS NULL OR min_order_quantity > 0)
                                                      AND (min_order_amount IS NULL OR min_order_amount > 0)),
    ADD CONSTRAINT offering_min_joint_libraries CHECK (min_joint_libraries IS NULL
                                                       OR min_joint_libraries BETWEEN 2 AND 100);

-- existing money offerings were one-time amounts
UPDATE offering SET period = 'ONE_TIME' WHERE category = 'FINANCIAL';
