package org.zhiben.campaign;

import java.time.Instant;
import java.util.UUID;

import org.zhiben.shared.DomainEvent;
import org.zhiben.shared.UnitCode;

/**
 * The lead unit of a key task reviewed a progress entry of another unit: accepted it, or returned it with a reason.
 *
 * @param outcome {@link ReviewStatus#ACCEPTED} or {@link ReviewStatus#RETURNED}
 */
public record ProgressReviewed(UUID eventId, ProgressEntryId entryId, int taskNumber, UnitCode recordedBy,
                               UnitCode reviewedBy, ReviewStatus outcome, Instant occurredAt) implements DomainEvent {
}
