package org.zhiben.shared;

import java.time.Instant;
import java.util.UUID;

/**
 * A domain event: a record, named in the past tense, that says what happened and when. Every event carries an id of
 * its own, so that a listener that receives it twice (a redelivery after a restart) can tell it has already acted on
 * it, and the instant it occurred, taken from the injected clock by the aggregate that raised it.
 */
public interface DomainEvent {

    /** The id of this event, unique among all events. */
    UUID eventId();

    /** When it happened. */
    Instant occurredAt();

    /** A fresh event id. */
    static UUID newEventId() {
        return UUID.randomUUID();
    }
}
