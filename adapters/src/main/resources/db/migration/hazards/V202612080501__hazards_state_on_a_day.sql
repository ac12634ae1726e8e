-- A major hazard's state at the end of a past day, replayed from its stored history in SQL, so that the overview's
-- counts (stock, overdue, listed, escalation ladder, the campaign's targets) are aggregated in the database rather
-- than by loading every hazard. Each function mirrors the rule of the same name in org.zhiben.hazards.MajorHazard;
-- days are taken in the given time zone (the application's clock zone, Asia/Shanghai).

-- statusOn: the status after the transitions up to the end of the day (replayed in order, stopping at the first
-- transition after the day); NULL before registration.
CREATE FUNCTION hazards.status_on(history JSONB, on_day DATE, zone TEXT) RETURNS TEXT
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$
SELECT t.doc ->> 'to'
FROM jsonb_array_elements(history) WITH ORDINALITY AS t(doc, ord)
WHERE t.ord < COALESCE((SELECT min(u.ord)
                        FROM jsonb_array_elements(history) WITH ORDINALITY AS u(doc, ord)
                        WHERE ((u.doc ->> 'at')::timestamptz AT TIME ZONE zone)::date > on_day), 9223372036854775807)
ORDER BY t.ord DESC
LIMIT 1
$$;

-- firstDayOf: the day of the first transition to the status; NULL if there is none.
CREATE FUNCTION hazards.first_day_of(history JSONB, target TEXT, zone TEXT) RETURNS DATE
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$
SELECT ((t.doc ->> 'at')::timestamptz AT TIME ZONE zone)::date
FROM jsonb_array_elements(history) WITH ORDINALITY AS t(doc, ord)
WHERE t.doc ->> 'to' = target
ORDER BY t.ord
LIMIT 1
$$;

-- deadlineOn: the plan's deadline once rectification has begun by the day, moved by the last extension approved by
-- then; NULL before.
CREATE FUNCTION hazards.deadline_on(plan JSONB, history JSONB, extensions JSONB, on_day DATE, zone TEXT) RETURNS DATE
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$
SELECT CASE
           WHEN plan IS NULL OR jsonb_typeof(plan) = 'null'
               OR hazards.first_day_of(history, 'RECTIFYING', zone) IS NULL
               OR hazards.first_day_of(history, 'RECTIFYING', zone) > on_day THEN NULL
           ELSE COALESCE((SELECT (e.doc ->> 'requestedDeadline')::date
                          FROM jsonb_array_elements(extensions) WITH ORDINALITY AS e(doc, ord)
                          WHERE e.doc ->> 'decision' = 'APPROVED'
                            AND ((e.doc ->> 'decidedAt')::timestamptz AT TIME ZONE zone)::date <= on_day
                          ORDER BY e.ord DESC
                          LIMIT 1), (plan ->> 'deadline')::date)
           END
$$;

-- isListedOn: a listing in force at the end of the day (listed on or before it, not removed by then).
CREATE FUNCTION hazards.listed_on(listings JSONB, on_day DATE) RETURNS BOOLEAN
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT EXISTS (SELECT 1
               FROM jsonb_array_elements(listings) AS l(doc)
               WHERE (l.doc ->> 'listedOn')::date <= on_day
                 AND (l.doc ->> 'removedOn' IS NULL OR (l.doc ->> 'removedOn')::date > on_day))
$$;

-- The highest step of the escalation ladder taken by the day, by its position in the given order of the steps; NULL
-- if none was taken.
CREATE FUNCTION hazards.highest_step_on(escalations JSONB, on_day DATE, steps TEXT[]) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT e.doc ->> 'step'
FROM jsonb_array_elements(escalations) AS e(doc)
WHERE (e.doc ->> 'on')::date <= on_day
ORDER BY array_position(steps, e.doc ->> 'step') DESC NULLS LAST
LIMIT 1
$$;
