-- Module enterprises: the register of regulated enterprises (企业/生产经营单位), one row per unified social credit code.
-- jurisdiction_code and industry_code refer to the organisation module's reference data by code (no foreign key
-- across module schemas); the application checks them on every write.
CREATE SCHEMA IF NOT EXISTS enterprises;

CREATE TABLE enterprises.enterprise
(
    id                    UUID         PRIMARY KEY,
    credit_code           VARCHAR(18)     NOT NULL,
    name                  VARCHAR(200) NOT NULL,
    jurisdiction_code     VARCHAR(20)  NOT NULL,
    industry_code         VARCHAR(40)  NOT NULL,
    high_risk             BOOLEAN      NOT NULL,
    address               VARCHAR(300) NOT NULL,
    principal_name        VARCHAR(50)  NOT NULL,
    principal_phone       VARCHAR(20)  NOT NULL,
    controller_name       VARCHAR(50)  NOT NULL,
    controller_phone      VARCHAR(20)  NOT NULL,
    standardisation_grade VARCHAR(20)  NOT NULL
        CHECK (standardisation_grade IN ('NONE', 'LEVEL_1', 'LEVEL_2', 'LEVEL_3')),
    status                VARCHAR(20)  NOT NULL CHECK (status IN ('OPERATING', 'SUSPENDED', 'CLOSED')),
    version               BIGINT       NOT NULL,
    created_at            TIMESTAMPTZ  NOT NULL,
    updated_at            TIMESTAMPTZ  NOT NULL,
    CONSTRAINT enterprise_credit_code_key UNIQUE (credit_code)
);

CREATE INDEX enterprise_jurisdiction_idx ON enterprises.enterprise (jurisdiction_code, name);
CREATE INDEX enterprise_industry_idx ON enterprises.enterprise (industry_code, name);
CREATE INDEX enterprise_name_idx ON enterprises.enterprise (name);
