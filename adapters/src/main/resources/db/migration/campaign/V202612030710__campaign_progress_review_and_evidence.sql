-- The lead unit's review (牵头单位审核) of each progress entry, and the evidence files (佐证材料) cited by entries.
ALTER TABLE campaign.progress_entry
    ADD COLUMN review           VARCHAR(20) NOT NULL DEFAULT 'SUBMITTED'
        CHECK (review IN ('SUBMITTED', 'ACCEPTED', 'RETURNED')),
    ADD COLUMN reviewed_by_unit VARCHAR(40),
    ADD COLUMN reviewer         VARCHAR(100),
    ADD COLUMN reviewed_at      TIMESTAMPTZ,
    ADD COLUMN return_reason    VARCHAR(500),
    ADD CONSTRAINT progress_entry_review_consistent CHECK (
        (review = 'SUBMITTED' AND reviewed_by_unit IS NULL AND reviewer IS NULL AND reviewed_at IS NULL
            AND return_reason IS NULL)
        OR (review = 'ACCEPTED' AND reviewed_by_unit IS NOT NULL AND reviewer IS NOT NULL AND reviewed_at IS NOT NULL
            AND return_reason IS NULL)
        OR (review = 'RETURNED' AND reviewed_by_unit IS NOT NULL AND reviewer IS NOT NULL AND reviewed_at IS NOT NULL
            AND return_reason IS NOT NULL));

-- Entries recorded before the review existed: a lead unit's own entry is accepted as recorded, as it is now.
UPDATE campaign.progress_entry e
SET review = 'ACCEPTED', reviewed_by_unit = e.recorded_by_unit, reviewer = e.author, reviewed_at = e.recorded_at
WHERE EXISTS (SELECT 1 FROM campaign.key_task_lead_unit l
              WHERE l.task_number = e.task_number AND l.unit_code = e.recorded_by_unit);

CREATE TABLE campaign.evidence_file
(
    id           UUID         PRIMARY KEY,
    task_number  INT          NOT NULL REFERENCES campaign.key_task (number),
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL CHECK (size_bytes > 0),
    sha256       CHAR(64)     NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    uploaded_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX evidence_file_task_idx ON campaign.evidence_file (task_number);

CREATE TABLE campaign.progress_entry_evidence
(
    entry_id   UUID NOT NULL REFERENCES campaign.progress_entry (id),
    sort_order INT  NOT NULL,
    file_id    UUID NOT NULL REFERENCES campaign.evidence_file (id),
    PRIMARY KEY (entry_id, sort_order)
);
