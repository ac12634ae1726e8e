-- Evacuation and escape drills of task 9: "每年至少组织开展1次疏散逃生演练(高危行业领域每半年至少1次)". The rule is
-- versioned data: a version applies to the periods (calendar years or half years) that start on or after its
-- effective day; which industries are high-risk comes from the plan's industries (organization.industry.high_risk).
CREATE TABLE training.drill_rule
(
    effective_from       DATE PRIMARY KEY,
    standard_frequency   VARCHAR(20)  NOT NULL CHECK (standard_frequency IN ('YEARLY', 'HALF_YEARLY')),
    high_risk_frequency  VARCHAR(20)  NOT NULL CHECK (high_risk_frequency IN ('YEARLY', 'HALF_YEARLY')),
    basis                VARCHAR(500) NOT NULL
);

-- In force from the plan's publication (克安〔2024〕5号, published 2024-04-01): the first period it asks for is the
-- one that starts on or after that day.
INSERT INTO training.drill_rule (effective_from, standard_frequency, high_risk_frequency, basis)
VALUES ('2024-04-01', 'YEARLY', 'HALF_YEARLY', '每年至少组织开展1次疏散逃生演练(高危行业领域每半年至少1次)');

CREATE TABLE training.drill
(
    id                UUID PRIMARY KEY,
    enterprise_id     UUID          NOT NULL,
    jurisdiction      VARCHAR(20)   NOT NULL,
    industry          VARCHAR(50)   NOT NULL,
    held_on           DATE          NOT NULL,
    scope             VARCHAR(500)  NOT NULL,
    participant_count INTEGER       NOT NULL CHECK (participant_count > 0),
    participants      VARCHAR(500)  NOT NULL,
    findings          VARCHAR(2000) NOT NULL,
    recorded_by       VARCHAR(100)  NOT NULL,
    recorded_at       TIMESTAMPTZ   NOT NULL
);

CREATE INDEX drill_enterprise_idx ON training.drill (enterprise_id, held_on);
CREATE INDEX drill_scope_idx ON training.drill (jurisdiction, industry);

-- Enterprises' rescue teams (task 9): one per enterprise, the leader masked, the equipment listed; a mine rescue team
-- (矿山救护队) carries its standardisation grade.
CREATE TABLE training.rescue_team
(
    id                 UUID PRIMARY KEY,
    enterprise_id      UUID         NOT NULL UNIQUE,
    jurisdiction       VARCHAR(20)  NOT NULL,
    industry           VARCHAR(50)  NOT NULL,
    name               VARCHAR(100) NOT NULL,
    member_count       INTEGER      NOT NULL CHECK (member_count > 0),
    leader_masked_name VARCHAR(50)  NOT NULL,
    equipment          TEXT[]       NOT NULL,
    mine_rescue        BOOLEAN      NOT NULL,
    grade              VARCHAR(20) CHECK (grade IN ('LEVEL_1', 'LEVEL_2', 'LEVEL_3', 'NOT_GRADED')),
    recorded_by        VARCHAR(100) NOT NULL,
    recorded_at        TIMESTAMPTZ  NOT NULL,
    version            BIGINT       NOT NULL,
    CHECK (mine_rescue = (grade IS NOT NULL))
);

CREATE INDEX rescue_team_scope_idx ON training.rescue_team (jurisdiction, industry);

-- The register of work-safety training institutions (task 7): "对安全生产培训机构进行全覆盖条件复核,2024年底前对不符合
-- 条件的机构实施清退". The latest re-check is kept with the institution; a non-compliant one is removed with the reason.
CREATE TABLE training.institution
(
    id                  UUID PRIMARY KEY,
    name                VARCHAR(200)  NOT NULL,
    jurisdiction        VARCHAR(20)   NOT NULL,
    licence_number      VARCHAR(60)   NOT NULL,
    approved_on         DATE          NOT NULL,
    status              VARCHAR(20)   NOT NULL CHECK (status IN ('APPROVED', 'REMOVED')),
    rechecked_on        DATE,
    recheck_compliant   BOOLEAN,
    recheck_notes       VARCHAR(1000),
    version             BIGINT        NOT NULL,
    CHECK ((rechecked_on IS NULL) = (recheck_compliant IS NULL))
);

CREATE INDEX institution_status_idx ON training.institution (status, name);
