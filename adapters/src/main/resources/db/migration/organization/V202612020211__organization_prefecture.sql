-- The prefecture of the loaded plan (organization.yaml, section prefecture): one row, replaced when the plan is loaded.
CREATE TABLE organization.prefecture
(
    singleton            BOOLEAN     PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    jurisdiction_code    VARCHAR(20) NOT NULL REFERENCES organization.jurisdiction (code),
    committee_office     VARCHAR(40) NOT NULL REFERENCES organization.unit (code)
);
