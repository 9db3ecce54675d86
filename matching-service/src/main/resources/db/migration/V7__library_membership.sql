-- Which consortium each library belongs to now, as library-directory snapshots say (or a completion newer than the
-- snapshot held). library_version is the version of the library that says so (library-snapshot library_version, or
-- assessment-completed library.library_version); changed_at when that library state was written (the snapshot's
-- updated_at, or the completion's completed_at). A snapshot not newer than library_version is ignored.
CREATE TABLE library_membership (
    library_id      UUID         PRIMARY KEY,
    consortium      VARCHAR(200),
    consortium_key  VARCHAR(200),
    library_version BIGINT       NOT NULL,
    changed_at      TIMESTAMPTZ  NOT NULL,
    CONSTRAINT library_membership_consortium_key CHECK ((consortium IS NULL) = (consortium_key IS NULL))
);
