-- Module audit: the tamper-evident, append-only audit trail (a SHA-256 hash chain, see org.zhiben.audit.AuditChain)
-- and the anchors (checkpoints) taken of it.
CREATE SCHEMA IF NOT EXISTS audit;

CREATE TABLE audit.entry
(
    sequence      BIGINT        PRIMARY KEY CHECK (sequence >= 1),
    at            TIMESTAMPTZ   NOT NULL,
    username      VARCHAR(60)   NOT NULL,
    role          VARCHAR(40)   NOT NULL,
    unit_code     VARCHAR(40),
    entity_type   VARCHAR(60)   NOT NULL,
    entity_id     VARCHAR(100)  NOT NULL,
    action        VARCHAR(60)   NOT NULL,
    reason        VARCHAR(1000),
    change        TEXT,
    previous_hash CHAR(64)      NOT NULL,
    hash          CHAR(64)      NOT NULL
);
CREATE INDEX entry_username_idx ON audit.entry (username, at DESC);
CREATE INDEX entry_entity_idx ON audit.entry (entity_type, entity_id, at DESC);
CREATE INDEX entry_at_idx ON audit.entry (at DESC);

-- Append-only, enforced by the database as well: rows can be inserted, never updated or deleted, and the table
-- cannot be truncated. (Someone who can disable triggers can still tamper: the hash chain and the anchors reveal it.)
CREATE FUNCTION audit.refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % on %.% is refused', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER entry_append_only
    BEFORE UPDATE OR DELETE ON audit.entry
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();

CREATE TRIGGER entry_no_truncate
    BEFORE TRUNCATE ON audit.entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();

CREATE TABLE audit.anchor
(
    sequence BIGINT      PRIMARY KEY CHECK (sequence >= 1),
    hash     CHAR(64)    NOT NULL,
    at       TIMESTAMPTZ NOT NULL
);

CREATE TRIGGER anchor_append_only
    BEFORE UPDATE OR DELETE ON audit.anchor
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
