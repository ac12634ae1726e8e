-- Typical cases (典型案例) published from closed tip-offs and decided penalty cases, personal data removed.
CREATE TABLE enforcement.typical_case
(
    id           UUID        PRIMARY KEY,
    source_id    UUID        NOT NULL UNIQUE,
    jurisdiction VARCHAR(20) NOT NULL,
    published_on DATE        NOT NULL,
    document     JSONB       NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    version      BIGINT      NOT NULL
);

CREATE INDEX typical_case_published_idx ON enforcement.typical_case (published_on DESC, id);
