-- How often a money need's amount is needed: ONE_TIME, MONTH or YEAR (taxonomy money_periods; the codes are
-- checked by the service against the taxonomy). Money needs always have a period, quantity needs never do. Money
-- needs written before periods existed meant a single amount: they become ONE_TIME, in every revision.

ALTER TABLE assessment_need ADD COLUMN period VARCHAR(20);

UPDATE assessment_need SET period = 'ONE_TIME' WHERE amount IS NOT NULL;

ALTER TABLE assessment_need
    ADD CONSTRAINT assessment_need_period CHECK ((amount IS NULL) = (period IS NULL));
