-- Separation of duties in the closed loop (职责分离) as versioned data, like the escalation policy: a version applies
-- from effective_from until a later one. While enforced, whoever reported or rectified a hazard cannot verify it or
-- write it off, and whoever requested a deadline extension cannot decide it; closure says who closes the loop
-- (OTHER_OFFICER: any other officer; SUPERVISING_UNIT: for a listed hazard, an officer of its supervising unit).
CREATE TABLE hazards.duty_separation_rule
(
    effective_from DATE         PRIMARY KEY,
    enforced       BOOLEAN      NOT NULL,
    closure        VARCHAR(30)  NOT NULL CHECK (closure IN ('OTHER_OFFICER', 'SUPERVISING_UNIT')),
    created_by     VARCHAR(100) NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL
);

-- On from the campaign's start.
INSERT INTO hazards.duty_separation_rule (effective_from, enforced, closure, created_by, created_at)
VALUES (DATE '2024-01-01', TRUE, 'OTHER_OFFICER', 'system', TIMESTAMPTZ '2024-01-01 00:00:00+08');

-- A written-off or cancelled hazard is no longer under listing supervision: end the listing still in force of every
-- closed hazard on the day it was closed (the last transition of its history), as the write-off now does.
UPDATE hazards.major_hazard h
SET listings = (SELECT jsonb_agg(CASE
                                     WHEN l.doc ->> 'removedOn' IS NULL THEN l.doc
                                         || jsonb_build_object(
                                                'removedOn', to_char(GREATEST((l.doc ->> 'listedOn')::date,
                                                    ((h.history -> -1 ->> 'at')::timestamptz
                                                        AT TIME ZONE 'Asia/Shanghai')::date), 'YYYY-MM-DD'),
                                                'removalReason', CASE h.status
                                                    WHEN 'WRITTEN_OFF' THEN '隐患已销号，挂牌督办随之结束（摘牌）'
                                                    ELSE '隐患已撤销，挂牌督办随之结束（摘牌）' END,
                                                'removalRecordedAt', h.history -> -1 -> 'at')
                                     ELSE l.doc END ORDER BY l.ord)
                FROM jsonb_array_elements(h.listings) WITH ORDINALITY AS l(doc, ord)),
    listed   = FALSE
WHERE h.status IN ('WRITTEN_OFF', 'CANCELLED')
  AND h.listed;
