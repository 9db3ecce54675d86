-- Baseline of the partner database. Later migrations add the service's tables.
COMMENT ON SCHEMA public IS 'partner-service';
