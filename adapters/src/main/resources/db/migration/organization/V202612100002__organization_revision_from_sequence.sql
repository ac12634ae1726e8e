-- The revision of the organisation data is taken from a sequence rather than counted up (value + 1): a sequence never
-- hands out the same value twice, even when the transaction that took it rolls back, so a value seen inside a
-- transaction that changed the organisation data and then rolled back is never the value of committed data, and what
-- was derived from the rolled-back rows is never taken for the committed ones.
CREATE SEQUENCE organization.revision_value;
SELECT setval('organization.revision_value', (SELECT value FROM organization.revision));

CREATE OR REPLACE FUNCTION organization.next_revision() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE organization.revision SET value = nextval('organization.revision_value');
    RETURN NULL;
END
$$;
