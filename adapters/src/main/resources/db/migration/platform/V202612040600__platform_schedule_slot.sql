-- One row per run of a scheduled job per slot (e.g. the escalation of 2026-12-04), shared by every node: the first
-- node to insert the row runs the job, in the same transaction; the others find the row and skip. A run that fails
-- rolls its row back, so the slot can be run again.
CREATE TABLE schedule_slot
(
    schedule   VARCHAR(100) NOT NULL,
    slot       VARCHAR(40)  NOT NULL,
    claimed_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (schedule, slot)
);

-- The escalation's daily runs done before: their days stay claimed.
INSERT INTO schedule_slot (schedule, slot, claimed_at)
SELECT 'hazards.escalation', to_char(run_on, 'YYYY-MM-DD'), min(started_at)
FROM hazards.escalation_run
WHERE trigger = 'SCHEDULED'
GROUP BY run_on;
