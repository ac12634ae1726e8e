-- Module hazards: versions of the major-hazard determination standards (重大事故隐患判定标准) and of departments' key
-- inspection items (重点检查事项), with the sectors they apply to and their clauses. A version's clauses never change
-- once stored: hazards refer to them by (standard_code, number). The national standards shipped with the application
-- are loaded by a repeatable Java migration (ShippedStandardsMigration).
CREATE SCHEMA IF NOT EXISTS hazards;

CREATE TABLE hazards.determination_standard
(
    code            VARCHAR(40)  PRIMARY KEY,
    title           VARCHAR(200) NOT NULL,
    document_number VARCHAR(100),
    issuer          VARCHAR(200) NOT NULL,
    effective_from  DATE,
    supersedes      VARCHAR(40) REFERENCES hazards.determination_standard (code),
    superseded_by   VARCHAR(40) REFERENCES hazards.determination_standard (code) DEFERRABLE INITIALLY DEFERRED,
    kind            VARCHAR(30)  NOT NULL CHECK (kind IN ('NATIONAL_STANDARD', 'KEY_INSPECTION_ITEMS')),
    defined_by      VARCHAR(40),
    source_notes    TEXT,
    notes           TEXT,
    imported_at     TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL,
    CHECK (kind = 'NATIONAL_STANDARD' OR defined_by IS NOT NULL),
    CHECK (supersedes IS NULL OR supersedes <> code)
);

CREATE TABLE hazards.determination_standard_sector
(
    standard_code VARCHAR(40) NOT NULL REFERENCES hazards.determination_standard (code),
    industry_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (standard_code, industry_code)
);

CREATE INDEX determination_standard_sector_industry_idx ON hazards.determination_standard_sector (industry_code);

CREATE TABLE hazards.standard_clause
(
    standard_code VARCHAR(40)   NOT NULL REFERENCES hazards.determination_standard (code),
    number        VARCHAR(20)   NOT NULL,
    grp           VARCHAR(200),
    text          VARCHAR(4000) NOT NULL,
    sort_order    INT           NOT NULL,
    PRIMARY KEY (standard_code, number)
);
