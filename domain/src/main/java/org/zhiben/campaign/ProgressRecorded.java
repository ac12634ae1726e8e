package org.zhiben.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.zhiben.shared.DomainEvent;
import org.zhiben.shared.UnitCode;

/**
 * A responsible unit recorded progress on a key task in the ledger (台账).
 *
 * @param milestoneCode the milestone the progress is about, or null for progress on the task in general
 */
public record ProgressRecorded(UUID eventId, ProgressEntryId entryId, int taskNumber, String milestoneCode, UnitCode recordedBy,
                               LocalDate reportedOn, boolean completesMilestone, Instant occurredAt)
        implements DomainEvent {
}
