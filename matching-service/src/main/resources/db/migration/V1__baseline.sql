-- Baseline of the matching database. Later migrations add the service's tables.
COMMENT ON SCHEMA public IS 'matching-service';
