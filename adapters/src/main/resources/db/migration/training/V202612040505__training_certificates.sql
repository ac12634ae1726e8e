-- Special-operation certificates (特种作业操作证, task 7) of enterprises' workers: the holder masked like every trained
-- person, the operation type, the number (registered once), the issue and expiry dates and the review dates.
CREATE TABLE training.special_operation_certificate
(
    id               UUID         PRIMARY KEY,
    enterprise_id    UUID         NOT NULL,
    jurisdiction     VARCHAR(20)  NOT NULL,
    industry         VARCHAR(40),
    masked_name      VARCHAR(50)  NOT NULL,
    id_last_digits   CHAR(4)      NOT NULL,
    operation_type   VARCHAR(30)  NOT NULL,
    number           VARCHAR(60)  NOT NULL UNIQUE,
    issued_on        DATE         NOT NULL,
    expires_on       DATE         NOT NULL,
    last_reviewed_on DATE,
    next_review_on   DATE,
    recorded_at      TIMESTAMPTZ  NOT NULL,
    recorded_by      VARCHAR(100) NOT NULL,
    version          BIGINT       NOT NULL,
    CHECK (expires_on > issued_on)
);

CREATE INDEX certificate_scope_idx ON training.special_operation_certificate (jurisdiction, industry);
CREATE INDEX certificate_enterprise_idx ON training.special_operation_certificate (enterprise_id);
CREATE INDEX certificate_expiry_idx ON training.special_operation_certificate (expires_on);
