-- Which clause groups of a determination standard fit which industry of the plan (plans/<plan>/standards.yaml): an
-- enterprise of the industry finds only those clauses. A standard without rows applies with all its clauses.
CREATE TABLE hazards.standard_group_industry
(
    standard_code VARCHAR(40)  NOT NULL REFERENCES hazards.determination_standard (code),
    industry_code VARCHAR(40)  NOT NULL,
    grp           VARCHAR(200) NOT NULL,
    PRIMARY KEY (standard_code, industry_code, grp)
);
