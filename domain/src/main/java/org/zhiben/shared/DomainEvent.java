package org.zhiben.shared;

import java.time.Instant;

/** Marker of a domain event: a record, named in the past tense, that says what happened and when. */
public interface DomainEvent {

    Instant occurredAt();
}
