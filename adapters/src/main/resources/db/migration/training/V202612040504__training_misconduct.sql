-- Suspected proxy training or exams (代培代考) and no-shows (缺考) of enterprises' principals (task 5), each handed to
-- enforcement as a penalty case whose id it keeps (no foreign key across module schemas).
CREATE TABLE training.misconduct_report
(
    id                 UUID         PRIMARY KEY,
    enterprise_id      UUID         NOT NULL,
    jurisdiction       VARCHAR(20)  NOT NULL,
    industry           VARCHAR(40),
    kind               VARCHAR(20)  NOT NULL CHECK (kind IN ('PROXY_TRAINING', 'PROXY_EXAM', 'NO_SHOW')),
    training_record_id UUID,
    occurred_on        DATE         NOT NULL,
    description        VARCHAR(500) NOT NULL,
    penalty_case_id    UUID         NOT NULL,
    reported_at        TIMESTAMPTZ  NOT NULL,
    reported_by        VARCHAR(100) NOT NULL
);

CREATE INDEX misconduct_report_scope_idx ON training.misconduct_report (jurisdiction, industry);
CREATE INDEX misconduct_report_enterprise_idx ON training.misconduct_report (enterprise_id);
