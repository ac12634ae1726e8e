-- A number that changes with every statement that changes the determination standards — a standard, its sectors,
-- its clauses or the clause groups' industries — whoever runs it (an import through the application, the shipped
-- standards' migration, another node, an edit by hand in SQL). The standards are kept in memory and read again when
-- this number has moved, so a read costs one look at it.
--
-- The number is taken from a sequence rather than counted up: a sequence never hands out the same value twice, even
-- when the transaction that took it rolls back, so a value seen inside a transaction that later rolls back is never
-- the value of committed data.
CREATE SEQUENCE hazards.standards_revision_value;

CREATE TABLE hazards.standards_revision
(
    id    BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    value BIGINT NOT NULL
);
INSERT INTO hazards.standards_revision (id, value) VALUES (TRUE, nextval('hazards.standards_revision_value'));

CREATE FUNCTION hazards.next_standards_revision() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE hazards.standards_revision SET value = nextval('hazards.standards_revision_value');
    RETURN NULL;
END
$$;

CREATE TRIGGER determination_standard_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON hazards.determination_standard FOR EACH STATEMENT EXECUTE FUNCTION hazards.next_standards_revision();
CREATE TRIGGER determination_standard_sector_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON hazards.determination_standard_sector FOR EACH STATEMENT EXECUTE FUNCTION hazards.next_standards_revision();
CREATE TRIGGER standard_clause_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON hazards.standard_clause FOR EACH STATEMENT EXECUTE FUNCTION hazards.next_standards_revision();
CREATE TRIGGER standard_group_industry_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON hazards.standard_group_industry FOR EACH STATEMENT EXECUTE FUNCTION hazards.next_standards_revision();
