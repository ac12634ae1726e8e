-- Module campaign: phases, the key tasks with their lead/responsible units and milestones, the unit assignments with
-- their sub-plans, the reporting obligations, and the ledger of progress entries. Unit codes are kept as codes (no
-- foreign key into the organization module's tables: modules own their tables).
CREATE SCHEMA IF NOT EXISTS campaign;

CREATE TABLE campaign.phase
(
    number            INT          PRIMARY KEY,
    code              VARCHAR(40)  NOT NULL UNIQUE,
    name              VARCHAR(60)  NOT NULL,
    name_en           VARCHAR(100) NOT NULL,
    starts_on         DATE         NOT NULL,
    ends_on           DATE         NOT NULL CHECK (ends_on >= starts_on),
    period_as_written VARCHAR(60),
    summary           TEXT         NOT NULL
);

CREATE TABLE campaign.phase_target
(
    phase_number INT          NOT NULL REFERENCES campaign.phase (number) ON DELETE CASCADE,
    sort_order   INT          NOT NULL,
    code         VARCHAR(40),
    due          DATE         NOT NULL,
    text         VARCHAR(500) NOT NULL,
    PRIMARY KEY (phase_number, sort_order)
);

CREATE TABLE campaign.campaign_target
(
    code       VARCHAR(40)  PRIMARY KEY,
    due        DATE         NOT NULL,
    text       VARCHAR(500) NOT NULL,
    sort_order INT          NOT NULL
);

CREATE TABLE campaign.task_group
(
    number   INT          PRIMARY KEY,
    title    VARCHAR(100) NOT NULL,
    title_en VARCHAR(200) NOT NULL
);

CREATE TABLE campaign.key_task
(
    number       INT          PRIMARY KEY,
    group_number INT          NOT NULL REFERENCES campaign.task_group (number),
    title        VARCHAR(100) NOT NULL,
    title_en     VARCHAR(200) NOT NULL,
    text         TEXT         NOT NULL,
    lead_note    TEXT
);

CREATE TABLE campaign.key_task_lead_unit
(
    task_number INT         NOT NULL REFERENCES campaign.key_task (number) ON DELETE CASCADE,
    sort_order  INT         NOT NULL,
    unit_code   VARCHAR(40) NOT NULL,
    PRIMARY KEY (task_number, sort_order)
);

-- A responsible party is a unit code, or one of the collective tokens RELEVANT_MEMBER_UNITS (自治州安委会有关成员单位
-- 分工负责) and COUNTY_GOVERNMENTS (各县（市）人民政府).
CREATE TABLE campaign.key_task_responsible_party
(
    task_number INT         NOT NULL REFERENCES campaign.key_task (number) ON DELETE CASCADE,
    sort_order  INT         NOT NULL,
    party       VARCHAR(40) NOT NULL,
    PRIMARY KEY (task_number, sort_order)
);

CREATE TABLE campaign.milestone
(
    code        VARCHAR(20)  PRIMARY KEY,
    task_number INT          NOT NULL REFERENCES campaign.key_task (number),
    sort_order  INT          NOT NULL,
    due         DATE         NOT NULL,
    text        VARCHAR(500) NOT NULL,
    derived     BOOLEAN      NOT NULL
);

CREATE TABLE campaign.assignment
(
    number          INT         PRIMARY KEY,
    unit_code       VARCHAR(40) NOT NULL,
    focus           TEXT        NOT NULL,
    focus_en        TEXT        NOT NULL,
    incomplete      BOOLEAN     NOT NULL,
    incomplete_note TEXT
);

CREATE TABLE campaign.assignment_sub_plan
(
    assignment_number INT          NOT NULL REFERENCES campaign.assignment (number) ON DELETE CASCADE,
    sort_order        INT          NOT NULL,
    title             VARCHAR(200) NOT NULL,
    PRIMARY KEY (assignment_number, sort_order)
);

CREATE TABLE campaign.reporting_obligation
(
    code        VARCHAR(40)  PRIMARY KEY,
    text        VARCHAR(500) NOT NULL,
    cadence     VARCHAR(20)  NOT NULL CHECK (cadence IN ('ONCE', 'MONTHLY', 'QUARTERLY', 'YEARLY', 'ON_ISSUE')),
    due         DATE,
    from_month  VARCHAR(7),
    to_month    VARCHAR(7),
    due_rule    VARCHAR(60),
    form        VARCHAR(100),
    submit_to   VARCHAR(40),
    source      VARCHAR(60),
    sort_order  INT          NOT NULL
);

CREATE TABLE campaign.progress_entry
(
    id                  UUID          PRIMARY KEY,
    task_number         INT           NOT NULL REFERENCES campaign.key_task (number),
    milestone_code      VARCHAR(20) REFERENCES campaign.milestone (code),
    recorded_by_unit    VARCHAR(40)   NOT NULL,
    author              VARCHAR(60)   NOT NULL,
    reported_on         DATE          NOT NULL,
    text                VARCHAR(2000) NOT NULL,
    evidence_reference  VARCHAR(500),
    completes_milestone BOOLEAN       NOT NULL,
    recorded_at         TIMESTAMPTZ   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CHECK (NOT completes_milestone OR milestone_code IS NOT NULL)
);
CREATE INDEX progress_entry_task_idx ON campaign.progress_entry (task_number, reported_on DESC);
