-- The retention purge deletes the oldest processed event ids and ranks each assessment's sets by age: both read
-- through an index instead of scanning the tables.
CREATE INDEX processed_event_processed_at ON processed_event (processed_at);
CREATE INDEX recommendation_set_assessment_age ON recommendation_set (assessment_id, generated_at);
