-- Module identity: user accounts (roles, affiliation, password hash, lockout), registered API clients, and the key
-- that signs the access tokens the application issues. Codes (unit, jurisdiction, industry) are kept as codes: no
-- foreign key into another module's schema. Lists of codes are stored as comma-separated text (codes have no comma).
CREATE SCHEMA IF NOT EXISTS identity;

CREATE TABLE identity.user_account
(
    id                        UUID         PRIMARY KEY,
    username                  VARCHAR(40)  NOT NULL UNIQUE,
    display_name              VARCHAR(50)  NOT NULL,
    roles                     VARCHAR(200) NOT NULL,
    unit_code                 VARCHAR(40),
    jurisdiction_code         VARCHAR(20),
    enterprise_id             UUID,
    enabled                   BOOLEAN      NOT NULL,
    password_hash             VARCHAR(200) NOT NULL,
    must_change_password      BOOLEAN      NOT NULL,
    consecutive_failed_logins INT          NOT NULL CHECK (consecutive_failed_logins >= 0),
    locked_until              TIMESTAMPTZ,
    created_at                TIMESTAMPTZ  NOT NULL,
    version                   BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE identity.api_client
(
    client_id                VARCHAR(60)   PRIMARY KEY,
    name                     VARCHAR(100)  NOT NULL,
    owner                    VARCHAR(100)  NOT NULL,
    scopes                   VARCHAR(500)  NOT NULL,
    scope_prefecture_wide    BOOLEAN       NOT NULL,
    scope_jurisdictions      VARCHAR(2000) NOT NULL,
    scope_industries         VARCHAR(2000) NOT NULL,
    scope_enterprise_ids     VARCHAR(4000) NOT NULL,
    enabled                  BOOLEAN       NOT NULL,
    secret_hash              VARCHAR(200)  NOT NULL,
    registered_at            TIMESTAMPTZ   NOT NULL,
    version                  BIGINT        NOT NULL DEFAULT 0
);

-- RSA keys that sign the access tokens of the embedded authorization server; the newest signs, all verify, so that
-- tokens survive a restart.
CREATE TABLE identity.signing_key
(
    key_id      VARCHAR(60) PRIMARY KEY,
    public_key  TEXT        NOT NULL,
    private_key TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);
