-- The inbox becomes the application's general one: other modules post notices to an enterprise or to an organisation
-- unit, about a hazard or not, as a message code of their own bundle with its arguments and an optional link. Every
-- notice has a key (unique) naming the occasion it was given for, so a second post or delivery adds nothing.
ALTER TABLE hazards.notification ALTER COLUMN enterprise_id DROP NOT NULL;
ALTER TABLE hazards.notification ALTER COLUMN hazard_id DROP NOT NULL;
ALTER TABLE hazards.notification ALTER COLUMN recipient_role DROP NOT NULL;
ALTER TABLE hazards.notification ALTER COLUMN kind DROP NOT NULL;

ALTER TABLE hazards.notification ADD COLUMN post_key VARCHAR(200);
ALTER TABLE hazards.notification ADD COLUMN unit_code VARCHAR(40);
ALTER TABLE hazards.notification ADD COLUMN message_code VARCHAR(120);
ALTER TABLE hazards.notification ADD COLUMN arguments JSONB NOT NULL DEFAULT '[]';
ALTER TABLE hazards.notification ADD COLUMN link VARCHAR(500);

-- The hazards' own notices: keyed by their event and recipient role, as the listeners key them from now on.
UPDATE hazards.notification
SET post_key     = 'hazards.notice:' || coalesce(event_id, id) || ':' || recipient_role,
    message_code = 'inbox.kind.' || kind;

ALTER TABLE hazards.notification ALTER COLUMN post_key SET NOT NULL;
ALTER TABLE hazards.notification ALTER COLUMN message_code SET NOT NULL;
ALTER TABLE hazards.notification ADD CONSTRAINT notification_addressee_check
    CHECK ((enterprise_id IS NULL) <> (unit_code IS NULL));

CREATE UNIQUE INDEX notification_post_key_idx ON hazards.notification (post_key);
CREATE INDEX notification_unit_idx ON hazards.notification (unit_code, created_at DESC) WHERE unit_code IS NOT NULL;
