-- Module hazards: the major-hazard database (重大事故隐患数据库).
-- One row per hazard. The columns the database filters and counts on (jurisdiction, industry, enterprise, status,
-- level, channel, listed, current deadline) are plain columns; the hazard's value collections (its complete history,
-- evidence, deadline extensions, listings and escalation steps) are JSONB documents of the row, written and read
-- whole with the aggregate. Enterprise ids are kept as ids (no foreign key into the enterprises module's schema).
CREATE SCHEMA IF NOT EXISTS hazards;

CREATE TABLE hazards.major_hazard
(
    id                         UUID          PRIMARY KEY,
    enterprise_id              UUID          NOT NULL,
    jurisdiction               VARCHAR(20)   NOT NULL,
    industry                   VARCHAR(40)   NOT NULL,
    location                   VARCHAR(200)  NOT NULL,
    description                VARCHAR(2000) NOT NULL,
    discovered_on              DATE          NOT NULL,
    discovered_by              VARCHAR(100)  NOT NULL,
    channel                    VARCHAR(30)   NOT NULL,
    source_reference           VARCHAR(100)  NOT NULL,
    finding_attachments        JSONB         NOT NULL,
    level                      VARCHAR(10),
    clause_standard_code       VARCHAR(40),
    clause_number              VARCHAR(20),
    standard_code              VARCHAR(40),
    plan                       JSONB,
    status                     VARCHAR(20)   NOT NULL,
    current_deadline           DATE,
    listed                     BOOLEAN       NOT NULL,
    overdue_noted_for_deadline DATE,
    evidence                   JSONB         NOT NULL,
    history                    JSONB         NOT NULL,
    extensions                 JSONB         NOT NULL,
    listings                   JSONB         NOT NULL,
    escalations                JSONB         NOT NULL,
    registered_at              TIMESTAMPTZ   NOT NULL,
    updated_at                 TIMESTAMPTZ   NOT NULL,
    version                    BIGINT        NOT NULL,
    CHECK ((clause_number IS NULL) = (clause_standard_code IS NULL))
);

CREATE INDEX major_hazard_scope_idx ON hazards.major_hazard (jurisdiction, industry);
CREATE INDEX major_hazard_enterprise_idx ON hazards.major_hazard (enterprise_id);
CREATE INDEX major_hazard_overdue_idx ON hazards.major_hazard (status, current_deadline);
CREATE INDEX major_hazard_level_idx ON hazards.major_hazard (level);
CREATE INDEX major_hazard_discovered_idx ON hazards.major_hazard (discovered_on DESC, id);

-- Uploaded files (evidence, photos): the content is stored once per SHA-256 in the file store.
CREATE TABLE hazards.major_hazard_attachment
(
    id           UUID         PRIMARY KEY,
    hazard_id    UUID         NOT NULL REFERENCES hazards.major_hazard (id),
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL CHECK (size_bytes >= 0),
    sha256       VARCHAR(64)  NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    uploaded_at  TIMESTAMPTZ  NOT NULL
);

CREATE INDEX major_hazard_attachment_hazard_idx ON hazards.major_hazard_attachment (hazard_id);

-- The escalation ladder's thresholds as versioned data: a version applies from effective_from until a later one.
CREATE TABLE hazards.escalation_policy
(
    effective_from       DATE         PRIMARY KEY,
    warning_letter_days  INT          NOT NULL CHECK (warning_letter_days >= 1),
    circular_days        INT          NOT NULL,
    interview_days       INT          NOT NULL,
    public_exposure_days INT          NOT NULL,
    created_by           VARCHAR(100) NOT NULL,
    created_at           TIMESTAMPTZ  NOT NULL,
    CHECK (circular_days > warning_letter_days AND interview_days > circular_days
        AND public_exposure_days > interview_days)
);

-- 函告 after 1 day past the deadline, 通报 after 15, 约谈 after 30, 曝光 after 60; in force from the campaign's start.
INSERT INTO hazards.escalation_policy (effective_from, warning_letter_days, circular_days, interview_days,
                                      public_exposure_days, created_by, created_at)
VALUES (DATE '2024-01-01', 1, 15, 30, 60, 'system', TIMESTAMPTZ '2024-01-01 00:00:00+08');

-- Every run of the escalation (scheduled or triggered), so that a scheduled run is done once a day on any node.
CREATE TABLE hazards.escalation_run
(
    id          UUID         PRIMARY KEY,
    run_on      DATE         NOT NULL,
    trigger     VARCHAR(20)  NOT NULL,
    started_by  VARCHAR(100) NOT NULL,
    started_at  TIMESTAMPTZ  NOT NULL,
    escalated   INT          NOT NULL
);

CREATE INDEX escalation_run_day_idx ON hazards.escalation_run (run_on, trigger);

-- The in-app inbox of notices to an enterprise's principal (主要负责人) and actual controller (实际控制人).
CREATE TABLE hazards.notification
(
    id             UUID        PRIMARY KEY,
    recipient_role VARCHAR(30) NOT NULL,
    enterprise_id  UUID        NOT NULL,
    hazard_id      UUID        NOT NULL,
    kind           VARCHAR(40) NOT NULL,
    params         JSONB       NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    read_at        TIMESTAMPTZ
);

CREATE INDEX notification_enterprise_idx ON hazards.notification (enterprise_id, created_at DESC);

-- Idempotent registration: a retried request with the same key gets the first response.
CREATE TABLE hazards.idempotency_key
(
    key             VARCHAR(200) PRIMARY KEY,
    request_hash    VARCHAR(64)  NOT NULL,
    response_status INT          NOT NULL,
    response_body   TEXT         NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL
);
