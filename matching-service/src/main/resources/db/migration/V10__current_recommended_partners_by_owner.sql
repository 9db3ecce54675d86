-- Storing a new set retires the current recommended partners of its assessment (or consortium): found by the owner.
-- The partner-first indexes of V2 and V4 serve the reads by partner; without these, retiring read the whole partial
-- index (about 5 ms a match at 10^4 stored assessments).
CREATE INDEX recommended_partner_current_by_assessment ON recommended_partner (assessment_id) WHERE current;
CREATE INDEX consortium_recommended_partner_current_by_consortium
    ON consortium_recommended_partner (consortium_key) WHERE current;
