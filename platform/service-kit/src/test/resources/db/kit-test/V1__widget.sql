-- A stand-in domain table for the kit's own tests.
CREATE TABLE kit_widget (
    id      UUID PRIMARY KEY,
    name    VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL
);
