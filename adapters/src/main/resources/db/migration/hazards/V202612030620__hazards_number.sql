-- The number people quote for a hazard (隐患编号), e.g. 653022-2026-00058: jurisdiction code, year of registration and
-- a sequence per jurisdiction and year. The next value of each jurisdiction and year is kept in one row, taken with
-- INSERT ... ON CONFLICT DO UPDATE ... RETURNING inside the registration's transaction.
CREATE TABLE hazards.hazard_number_sequence
(
    jurisdiction VARCHAR(20) NOT NULL,
    year         INT         NOT NULL CHECK (year BETWEEN 1000 AND 9999),
    last_value   BIGINT      NOT NULL CHECK (last_value >= 1),
    PRIMARY KEY (jurisdiction, year)
);

ALTER TABLE hazards.major_hazard ADD COLUMN number VARCHAR(30);

-- Existing hazards are numbered in the order they were registered, per jurisdiction and year of registration (in the
-- prefecture's time zone), and each sequence continues after them.
WITH numbered AS (SELECT id,
                         jurisdiction,
                         EXTRACT(YEAR FROM registered_at AT TIME ZONE 'Asia/Shanghai')::int AS year,
                         ROW_NUMBER() OVER (PARTITION BY jurisdiction,
                             EXTRACT(YEAR FROM registered_at AT TIME ZONE 'Asia/Shanghai')
                             ORDER BY registered_at, id) AS seq
                  FROM hazards.major_hazard)
UPDATE hazards.major_hazard h
SET number = n.jurisdiction || '-' || LPAD(n.year::text, 4, '0') || '-' || LPAD(n.seq::text, 5, '0')
FROM numbered n
WHERE h.id = n.id;

INSERT INTO hazards.hazard_number_sequence (jurisdiction, year, last_value)
SELECT jurisdiction, EXTRACT(YEAR FROM registered_at AT TIME ZONE 'Asia/Shanghai')::int, COUNT(*)
FROM hazards.major_hazard
GROUP BY 1, 2;

ALTER TABLE hazards.major_hazard ALTER COLUMN number SET NOT NULL;
CREATE UNIQUE INDEX major_hazard_number_idx ON hazards.major_hazard (number);
