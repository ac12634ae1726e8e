-- Module training: training records (安全教育培训) of enterprises' people, leading cadres and regulators.
-- A person is kept as a masked name and the last four characters of the ID number, never more. enterprise_id refers
-- to the enterprises module's register by id (no foreign key across module schemas); a cadre's or regulator's record
-- has no enterprise but a unit name. jurisdiction and industry place a record in people's data scopes.
CREATE SCHEMA IF NOT EXISTS training;

CREATE TABLE training.training_record
(
    id                 UUID         PRIMARY KEY,
    enterprise_id      UUID,
    jurisdiction       VARCHAR(20)  NOT NULL,
    industry           VARCHAR(40),
    unit_name          VARCHAR(200),
    masked_name        VARCHAR(50)  NOT NULL,
    id_last_digits     CHAR(4)      NOT NULL,
    role               VARCHAR(30)  NOT NULL,
    course             VARCHAR(200) NOT NULL,
    provider           VARCHAR(200) NOT NULL,
    started_on         DATE         NOT NULL,
    ended_on           DATE         NOT NULL,
    hours              INTEGER      NOT NULL CHECK (hours > 0),
    exam               VARCHAR(20)  NOT NULL CHECK (exam IN ('PASSED', 'FAILED', 'ABSENT', 'NOT_EXAMINED')),
    certificate_number VARCHAR(60),
    recorded_at        TIMESTAMPTZ  NOT NULL,
    recorded_by        VARCHAR(100) NOT NULL,
    version            BIGINT       NOT NULL,
    CHECK ((enterprise_id IS NULL) = (unit_name IS NOT NULL)),
    CHECK (ended_on >= started_on)
);

CREATE INDEX training_record_scope_idx ON training.training_record (jurisdiction, industry);
CREATE INDEX training_record_enterprise_idx ON training.training_record (enterprise_id, ended_on);
