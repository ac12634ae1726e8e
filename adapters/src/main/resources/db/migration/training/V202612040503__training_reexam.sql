-- Exam at every inspection (逢查必考, task 5): a principal who failed the exam at an inspection is flagged for
-- re-examination, due a number of days after the failure. The days are data in revisions by the day they take effect;
-- the plan sets no deadline, so the shipped 30 days are a configurable default.
CREATE TABLE training.reexam_rule
(
    effective_from DATE         PRIMARY KEY,
    days_allowed   INTEGER      NOT NULL CHECK (days_allowed >= 1),
    basis          VARCHAR(300) NOT NULL
);

INSERT INTO training.reexam_rule (effective_from, days_allowed, basis)
VALUES ('2024-01-01', 30, '可配置的默认值：方案（任务5“逢查必考”）未规定补考期限');

CREATE TABLE training.reexam_flag
(
    id              UUID        PRIMARY KEY,
    enterprise_id   UUID        NOT NULL,
    jurisdiction    VARCHAR(20) NOT NULL,
    industry        VARCHAR(40),
    inspection_id   UUID        NOT NULL UNIQUE,
    failed_on       DATE        NOT NULL,
    score           INTEGER     NOT NULL,
    due_by          DATE        NOT NULL,
    status          VARCHAR(20) NOT NULL CHECK (status IN ('OPEN', 'CLEARED', 'CLEARED_LATE')),
    last_attempt_on DATE,
    reexamined_on   DATE,
    version         BIGINT      NOT NULL
);

CREATE INDEX reexam_flag_scope_idx ON training.reexam_flag (jurisdiction, industry);
CREATE INDEX reexam_flag_enterprise_idx ON training.reexam_flag (enterprise_id, status);
