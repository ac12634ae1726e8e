-- The principal's periodic checks of task 24: "企业主要负责人每季度至少带队对本单位重大事故隐患排查整治情况开展1次检查
-- (高危行业领域每月至少1次)". The rule is versioned data: a version applies to the periods that start on or after its
-- effective day; which industries are high-risk comes from the plan's industries (organization.industry.high_risk).
CREATE TABLE hazards.principal_check_rule
(
    effective_from       DATE PRIMARY KEY,
    standard_frequency   VARCHAR(20)  NOT NULL CHECK (standard_frequency IN ('QUARTERLY', 'MONTHLY')),
    high_risk_frequency  VARCHAR(20)  NOT NULL CHECK (high_risk_frequency IN ('QUARTERLY', 'MONTHLY')),
    basis                VARCHAR(500) NOT NULL
);

-- In force from the plan's publication (克安〔2024〕5号, published 2024-04-01).
INSERT INTO hazards.principal_check_rule (effective_from, standard_frequency, high_risk_frequency, basis)
VALUES ('2024-04-01', 'QUARTERLY', 'MONTHLY',
        '企业主要负责人每季度至少带队对本单位重大事故隐患排查整治情况开展1次检查(高危行业领域每月至少1次)');

CREATE TABLE hazards.principal_check
(
    id            UUID PRIMARY KEY,
    enterprise_id UUID          NOT NULL,
    jurisdiction  VARCHAR(20)   NOT NULL,
    industry      VARCHAR(50)   NOT NULL,
    checked_on    DATE          NOT NULL,
    led_by        VARCHAR(50)   NOT NULL,
    scope         VARCHAR(500)  NOT NULL,
    findings      VARCHAR(2000) NOT NULL,
    recorded_by   VARCHAR(100)  NOT NULL,
    recorded_at   TIMESTAMPTZ   NOT NULL,
    version       BIGINT        NOT NULL
);

CREATE INDEX principal_check_enterprise_idx ON hazards.principal_check (enterprise_id, checked_on);

-- The hazards a check found (of the same enterprise).
CREATE TABLE hazards.principal_check_hazard
(
    check_id  UUID NOT NULL REFERENCES hazards.principal_check (id),
    hazard_id UUID NOT NULL REFERENCES hazards.major_hazard (id),
    PRIMARY KEY (check_id, hazard_id)
);
