-- The policy statistics table (附表2 自治州安全生产治本攻坚出台政策统计表): the policies and rules each unit issued, with
-- the issued document kept in the file store under its SHA-256. A unit enters each document number once.
CREATE TABLE reporting.policy_entry
(
    id                   UUID         PRIMARY KEY,
    unit                 VARCHAR(40)  NOT NULL,
    title                VARCHAR(200) NOT NULL,
    document_number      VARCHAR(100) NOT NULL,
    issued_on            DATE         NOT NULL,
    kind                 VARCHAR(30)  NOT NULL,
    copied_to_office     BOOLEAN      NOT NULL,
    attachment_name      VARCHAR(255),
    attachment_type      VARCHAR(100),
    attachment_size      BIGINT,
    attachment_sha256    CHAR(64),
    entered_at           TIMESTAMPTZ  NOT NULL,
    entered_by           VARCHAR(100) NOT NULL,
    version              BIGINT       NOT NULL,
    UNIQUE (unit, document_number),
    CHECK ((attachment_sha256 IS NULL) = (attachment_name IS NULL))
);

CREATE INDEX policy_entry_issued_idx ON reporting.policy_entry (issued_on DESC, id);
CREATE INDEX policy_entry_unit_idx ON reporting.policy_entry (unit, issued_on DESC);
