-- The READY document of a set as GET .../recommendations serves it, kept with the set (a set is never changed once
-- stored): rendered on the set's first read, then served as these bytes without reading its JSON again. `rendered`
-- is the document with refresh_pending false, `rendered_refresh_pending_at` the byte offset of that `false`, which a
-- read replaces with `true` while a re-match is queued, `rendered_with` the fingerprint of the build that rendered it
-- (service/DocumentRendering): a document rendered by another build is rendered again on its next read. NULL until
-- the first read (sets stored before this migration, too). NOT VALID: the existing rows (all NULL) are not scanned
-- under the migration's lock.
ALTER TABLE recommendation_set
    ADD COLUMN rendered BYTEA,
    ADD COLUMN rendered_refresh_pending_at INTEGER,
    ADD COLUMN rendered_with VARCHAR(64),
    ADD CONSTRAINT recommendation_set_rendered
        CHECK ((rendered IS NULL) = (rendered_refresh_pending_at IS NULL) AND (rendered IS NULL) = (rendered_with IS NULL))
        NOT VALID;

ALTER TABLE consortium_recommendation_set
    ADD COLUMN rendered BYTEA,
    ADD COLUMN rendered_refresh_pending_at INTEGER,
    ADD COLUMN rendered_with VARCHAR(64),
    ADD CONSTRAINT consortium_recommendation_set_rendered
        CHECK ((rendered IS NULL) = (rendered_refresh_pending_at IS NULL) AND (rendered IS NULL) = (rendered_with IS NULL))
        NOT VALID;
