-- Notices are given by listeners of the hazards' events: each names the event it was given for, and a notice is
-- stored once per event and recipient role however often the event is delivered. The enterprise's jurisdiction and
-- industry are kept on the notice, so that a reader's inbox is filtered by data scope in SQL.
ALTER TABLE hazards.notification ADD COLUMN event_id UUID;
ALTER TABLE hazards.notification ADD COLUMN jurisdiction VARCHAR(20);
ALTER TABLE hazards.notification ADD COLUMN industry VARCHAR(40);

UPDATE hazards.notification n
SET jurisdiction = h.jurisdiction, industry = h.industry
FROM hazards.major_hazard h
WHERE h.id = n.hazard_id;

CREATE UNIQUE INDEX notification_event_role_idx ON hazards.notification (event_id, recipient_role);
CREATE INDEX notification_scope_idx ON hazards.notification (jurisdiction, industry);
CREATE INDEX notification_created_idx ON hazards.notification (created_at DESC, id);

-- Which signed-in user has read which notice (each reader marks notices read for himself).
CREATE TABLE hazards.notification_read
(
    notification_id UUID         NOT NULL REFERENCES hazards.notification (id),
    username        VARCHAR(100) NOT NULL,
    read_at         TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (notification_id, username)
);
