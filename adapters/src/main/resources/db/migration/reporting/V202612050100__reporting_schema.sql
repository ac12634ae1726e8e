-- Module reporting: its own read models (fed by other modules' events), the reporting units' submissions and their
-- frozen revisions, the policy statistics (附表2) and the monthly ranking. Other modules' rows are referred to by id,
-- never by a foreign key across module schemas.
CREATE SCHEMA IF NOT EXISTS reporting;
