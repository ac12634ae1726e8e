-- The reporting units' submissions (section 六(六)): one per unit and report of the calendar, its working draft and
-- status, its frozen revisions (never changed: a correction is a new revision) and the committee office's reviews.
CREATE TABLE reporting.submission
(
    id          UUID         PRIMARY KEY,
    unit        VARCHAR(40)  NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    period      VARCHAR(10)  NOT NULL,
    due         DATE         NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    content     TEXT         NOT NULL,
    remarks     VARCHAR(2000),
    prepared_at TIMESTAMPTZ  NOT NULL,
    prepared_by VARCHAR(100) NOT NULL,
    version     BIGINT       NOT NULL,
    UNIQUE (unit, kind, period)
);

CREATE INDEX submission_status_idx ON reporting.submission (status, due);

CREATE TABLE reporting.submission_revision
(
    submission_id UUID         NOT NULL REFERENCES reporting.submission (id),
    number        INT          NOT NULL CHECK (number >= 1),
    content       TEXT         NOT NULL,
    remarks       VARCHAR(2000),
    reason        VARCHAR(1000),
    submitted_at  TIMESTAMPTZ  NOT NULL,
    submitted_by  VARCHAR(100) NOT NULL,
    digest        CHAR(64)     NOT NULL,
    PRIMARY KEY (submission_id, number),
    CHECK (number = 1 OR reason IS NOT NULL)
);

-- A submitted revision is frozen, by the database as well: rows are inserted, never updated or deleted.
CREATE FUNCTION reporting.refuse_revision_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'a submitted revision is frozen: % on %.% is refused', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER submission_revision_frozen
    BEFORE UPDATE OR DELETE ON reporting.submission_revision
    FOR EACH ROW EXECUTE FUNCTION reporting.refuse_revision_change();

CREATE TABLE reporting.submission_review
(
    submission_id UUID         NOT NULL REFERENCES reporting.submission (id),
    sequence      INT          NOT NULL,
    revision      INT          NOT NULL,
    accepted      BOOLEAN      NOT NULL,
    reason        VARCHAR(1000),
    at            TIMESTAMPTZ  NOT NULL,
    by_user       VARCHAR(100) NOT NULL,
    PRIMARY KEY (submission_id, sequence),
    CHECK (accepted OR reason IS NOT NULL)
);
