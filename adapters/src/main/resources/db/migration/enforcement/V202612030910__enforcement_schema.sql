-- Module enforcement: inspections, penalty cases, tip-offs and the serious-dishonesty list.
-- Each aggregate is one row: the columns the database filters on (scope, enterprise, status, dates) are plain,
-- indexed columns recomputed on every save; the aggregate itself is a JSONB document written and read whole.
-- A tip-off's reporter identity is never in the document: it is AES-GCM ciphertext in its own column, with the id of
-- the key that encrypted it (keys live outside the database and can be rotated).
CREATE SCHEMA IF NOT EXISTS enforcement;

CREATE TABLE enforcement.inspection
(
    id            UUID        PRIMARY KEY,
    enterprise_id UUID        NOT NULL,
    jurisdiction  VARCHAR(20) NOT NULL,
    industry      VARCHAR(40),
    inspected_on  DATE        NOT NULL,
    closed        BOOLEAN     NOT NULL,
    document      JSONB       NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    version       BIGINT      NOT NULL
);

CREATE INDEX inspection_scope_idx ON enforcement.inspection (jurisdiction, industry);
CREATE INDEX inspection_enterprise_idx ON enforcement.inspection (enterprise_id);

CREATE TABLE enforcement.penalty_case
(
    id            UUID        PRIMARY KEY,
    enterprise_id UUID        NOT NULL,
    jurisdiction  VARCHAR(20) NOT NULL,
    industry      VARCHAR(40),
    status        VARCHAR(20) NOT NULL,
    decided_on    DATE,
    published_on  DATE,
    document      JSONB       NOT NULL,
    opened_at     TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    version       BIGINT      NOT NULL
);

CREATE INDEX penalty_case_scope_idx ON enforcement.penalty_case (jurisdiction, industry);
CREATE INDEX penalty_case_enterprise_idx ON enforcement.penalty_case (enterprise_id);
CREATE INDEX penalty_case_published_idx ON enforcement.penalty_case (published_on);

CREATE TABLE enforcement.tip_off
(
    id                  UUID        PRIMARY KEY,
    enterprise_id       UUID,
    jurisdiction        VARCHAR(20) NOT NULL,
    industry            VARCHAR(40),
    status              VARCHAR(20) NOT NULL,
    duplicate_of        UUID,
    reporter_ciphertext TEXT,
    reporter_key_id     VARCHAR(40),
    document            JSONB       NOT NULL,
    received_at         TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    version             BIGINT      NOT NULL,
    CHECK ((reporter_ciphertext IS NULL) = (reporter_key_id IS NULL))
);

CREATE INDEX tip_off_scope_idx ON enforcement.tip_off (jurisdiction, industry);
CREATE INDEX tip_off_enterprise_idx ON enforcement.tip_off (enterprise_id);
CREATE INDEX tip_off_duplicate_idx ON enforcement.tip_off (duplicate_of);

CREATE TABLE enforcement.dishonesty_listing
(
    id            UUID        PRIMARY KEY,
    enterprise_id UUID        NOT NULL,
    status        VARCHAR(20) NOT NULL,
    document      JSONB       NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    version       BIGINT      NOT NULL
);

CREATE INDEX dishonesty_listing_enterprise_idx ON enforcement.dishonesty_listing (enterprise_id);
