-- A number that grows with every statement that changes the organisation data, whoever runs it (the plan loader at
-- start-up, another node, a bulk load in SQL). What is derived from the organisation data (the reporting units) is
-- kept in memory and worked out again when this number has moved, so a read costs one look at it.
CREATE TABLE organization.revision
(
    id    BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    value BIGINT NOT NULL
);
INSERT INTO organization.revision (id, value) VALUES (TRUE, 1);

CREATE FUNCTION organization.next_revision() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE organization.revision SET value = value + 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER plan_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organization.plan
    FOR EACH STATEMENT EXECUTE FUNCTION organization.next_revision();
CREATE TRIGGER jurisdiction_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organization.jurisdiction
    FOR EACH STATEMENT EXECUTE FUNCTION organization.next_revision();
CREATE TRIGGER unit_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organization.unit
    FOR EACH STATEMENT EXECUTE FUNCTION organization.next_revision();
CREATE TRIGGER unit_leading_group_role_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON organization.unit_leading_group_role FOR EACH STATEMENT EXECUTE FUNCTION organization.next_revision();
CREATE TRIGGER industry_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organization.industry
    FOR EACH STATEMENT EXECUTE FUNCTION organization.next_revision();
CREATE TRIGGER prefecture_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organization.prefecture
    FOR EACH STATEMENT EXECUTE FUNCTION organization.next_revision();
