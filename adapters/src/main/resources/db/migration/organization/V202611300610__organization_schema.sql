-- Module organization: the plan that was loaded, jurisdictions (属地), member units and industries (行业领域).
-- Reference data is loaded from the plan's YAML files by a repeatable migration (see OrganizationReferenceData).
CREATE SCHEMA IF NOT EXISTS organization;

CREATE TABLE organization.plan
(
    code            VARCHAR(40)  PRIMARY KEY,
    title           VARCHAR(200) NOT NULL,
    title_en        VARCHAR(300),
    document_number VARCHAR(60)  NOT NULL,
    issuer          VARCHAR(100) NOT NULL,
    written_on      DATE,
    published_on    DATE,
    index_number    VARCHAR(60),
    implements      VARCHAR(60)
);

CREATE TABLE organization.jurisdiction
(
    code                     VARCHAR(20)  PRIMARY KEY,
    name                     VARCHAR(100) NOT NULL,
    name_en                  VARCHAR(200) NOT NULL,
    kind                     VARCHAR(30)  NOT NULL
        CHECK (kind IN ('PREFECTURE', 'COUNTY_LEVEL_CITY', 'COUNTY', 'PORT_ADMINISTRATION')),
    parent_code              VARCHAR(20) REFERENCES organization.jurisdiction (code),
    seconds_staff_to_office  BOOLEAN      NOT NULL DEFAULT FALSE,
    sort_order               INT          NOT NULL
);

CREATE TABLE organization.unit
(
    code                VARCHAR(40)  PRIMARY KEY,
    name                VARCHAR(100) NOT NULL,
    short_name          VARCHAR(60)  NOT NULL,
    name_en             VARCHAR(200) NOT NULL,
    kind                VARCHAR(30)  NOT NULL
        CHECK (kind IN ('COMMITTEE_OFFICE', 'SUPERVISION', 'INDUSTRY_COMPETENT', 'SUPPORTING', 'LOCAL_GOVERNMENT')),
    member_of_committee BOOLEAN      NOT NULL,
    hosted_by           VARCHAR(40),
    jurisdiction_code   VARCHAR(20) REFERENCES organization.jurisdiction (code),
    sort_order          INT          NOT NULL
);

CREATE TABLE organization.unit_leading_group_role
(
    unit_code VARCHAR(40) NOT NULL REFERENCES organization.unit (code) ON DELETE CASCADE,
    role      VARCHAR(30) NOT NULL
        CHECK (role IN ('HEAD_UNIT', 'DEPUTY_HEAD', 'MEMBER_UNIT', 'LEADING_GROUP_OFFICE', 'SECONDED_STAFF')),
    PRIMARY KEY (unit_code, role)
);

CREATE TABLE organization.industry
(
    code             VARCHAR(40)  PRIMARY KEY,
    name             VARCHAR(100) NOT NULL,
    name_en          VARCHAR(200) NOT NULL,
    high_risk        BOOLEAN      NOT NULL,
    competent_unit   VARCHAR(40)  NOT NULL REFERENCES organization.unit (code),
    supervising_unit VARCHAR(40)  NOT NULL REFERENCES organization.unit (code),
    source           VARCHAR(100) NOT NULL,
    notes            TEXT,
    sort_order       INT          NOT NULL
);
