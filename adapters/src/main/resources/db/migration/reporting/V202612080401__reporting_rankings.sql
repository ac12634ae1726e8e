-- The monthly rankings (晾晒通报) the committee office published: each revision of a month frozen as published, with
-- every unit's line as it was worked out then. Rows are inserted, never updated or deleted (as submitted revisions).
CREATE TABLE reporting.ranking
(
    month        CHAR(7)      NOT NULL,
    revision     INT          NOT NULL CHECK (revision >= 1),
    published_at TIMESTAMPTZ  NOT NULL,
    published_by VARCHAR(100) NOT NULL,
    note         VARCHAR(2000),
    reason       VARCHAR(4000),
    PRIMARY KEY (month, revision),
    CHECK (revision = 1 OR reason IS NOT NULL)
);

CREATE TABLE reporting.ranking_line
(
    month              CHAR(7)       NOT NULL,
    revision           INT           NOT NULL,
    position           INT           NOT NULL,
    rank               INT           NOT NULL CHECK (rank >= 1),
    unit               VARCHAR(40)   NOT NULL,
    unit_name          VARCHAR(200)  NOT NULL,
    unit_name_en       VARCHAR(300)  NOT NULL,
    punctuality        VARCHAR(20)   NOT NULL,
    first_submitted_on DATE,
    clearance_rate     NUMERIC(5, 1),
    overdue            BIGINT        NOT NULL,
    PRIMARY KEY (month, revision, position),
    FOREIGN KEY (month, revision) REFERENCES reporting.ranking (month, revision)
);

CREATE TRIGGER ranking_frozen
    BEFORE UPDATE OR DELETE ON reporting.ranking
    FOR EACH ROW EXECUTE FUNCTION reporting.refuse_revision_change();

CREATE TRIGGER ranking_line_frozen
    BEFORE UPDATE OR DELETE ON reporting.ranking_line
    FOR EACH ROW EXECUTE FUNCTION reporting.refuse_revision_change();
