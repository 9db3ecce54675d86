-- Baseline of the assessment database. Later migrations add the service's tables.
COMMENT ON SCHEMA public IS 'assessment-service';
