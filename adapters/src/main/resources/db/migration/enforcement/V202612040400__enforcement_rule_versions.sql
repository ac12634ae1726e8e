-- Module enforcement: the rules it decides by, as versioned data. Each version is one row, in force from
-- effective_from until a later version of the same kind (and scope: the prefecture that raised the reward amounts,
-- '' for a version that applies everywhere) starts. Versions are only ever added, each from a day after the day it is
-- added on; none is changed or deleted. The document is the version's values as the domain record holds them.
CREATE TABLE enforcement.rule_version
(
    kind           VARCHAR(30)  NOT NULL,
    scope          VARCHAR(20)  NOT NULL,
    effective_from DATE         NOT NULL,
    document       JSONB        NOT NULL,
    recorded_by    VARCHAR(100) NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (kind, scope, effective_from)
);

-- The working-day calendar: the public holidays (放假) and the weekend days worked in exchange for one (调休上班);
-- every other Monday to Friday is a working day.
CREATE TABLE enforcement.calendar_day
(
    day         DATE         PRIMARY KEY,
    kind        VARCHAR(30)  NOT NULL CHECK (kind IN ('HOLIDAY', 'ADJUSTED_WORKING_DAY')),
    name        VARCHAR(40)  NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL
);

-- The shipped versions (the values of EnforcementRules.SHIPPED_VERSIONS in the domain; a test compares them).
INSERT INTO enforcement.rule_version (kind, scope, effective_from, document, recorded_by, recorded_at) VALUES
('PENALTY_RULE', '', DATE '2024-03-12',
 '{"effectiveFrom":"2024-03-12","longOverdueDays":90}', 'system', now()),
('REWARD', '', DATE '2018-01-01',
 '{"name":"《安全生产领域举报奖励办法》(应急〔2018〕19号)","jurisdiction":null,"effectiveFrom":"2018-01-01",'
 '"fineBasisPoints":1500,"floor":{"fen":300000},"cap":{"fen":30000000},'
 '"perConcealedDeath":{"GENERAL":{"fen":3000000},"LARGER":{"fen":4000000},"MAJOR":{"fen":5000000},'
 '"ESPECIALLY_MAJOR":{"fen":6000000}},"concealedDeathCap":{"fen":30000000}}', 'system', now()),
('MAJOR_DECISION', '', DATE '2024-03-12',
 '{"effectiveFrom":"2024-03-12","fineThreshold":{"fen":10000000},"majorKinds":["SUSPENSION","CLOSURE"]}',
 'system', now()),
('TRACING', '', DATE '2024-03-12', '{"effectiveFrom":"2024-03-12","windowMonths":6}', 'system', now()),
('TIP_OFF_DEADLINES', '', DATE '2024-03-12',
 '{"effectiveFrom":"2024-03-12","daysFromStatus":{"RECEIVED":5,"ACCEPTED":5,"ASSIGNED":30,"VERIFIED":30,'
 '"OUTCOME_LINKED":60,"REWARD_DECIDED":15,"REWARD_APPROVED":15}}', 'system', now()),
('DISHONESTY_PERIODS', '', DATE '2024-03-12',
 '{"effectiveFrom":"2024-03-12","rules":{"objectionDays":5,"managementYears":3,"earlyRemovalAfterMonths":12}}',
 'system', now());
