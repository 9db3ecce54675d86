-- A set keeps at most slp.matching.worker.max-excluded-candidates excluded candidates; this is how many there were.
ALTER TABLE recommendation_set ADD COLUMN excluded_total INTEGER NOT NULL DEFAULT 0;
