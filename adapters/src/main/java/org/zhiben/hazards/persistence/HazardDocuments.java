package org.zhiben.hazards.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The stored shape of a hazard's value collections, written as JSONB documents of its row. These records mirror the
 * domain's value objects with plain strings for codes, so that the stored format is explicit and does not change
 * when a domain type is refactored. Listings and escalations also keep the instant they were recorded (the domain
 * keeps only their dates), so that the timeline can order them among the transitions.
 */
final class HazardDocuments {

    private HazardDocuments() {
    }

    record AttachmentDoc(UUID id, String fileName, String contentType, long size, String sha256) {
    }

    record ActorDoc(String username, String role, String unitCode) {
    }

    record PlanDoc(String responsiblePerson, String measures, long fundsFen, LocalDate deadline,
            String contingencyPlan) {
    }

    record EvidenceDoc(String description, List<AttachmentDoc> attachments) {
    }

    record TransitionDoc(String from, String to, ActorDoc actor, Instant at, String reason) {
    }

    record ExtensionDoc(LocalDate previousDeadline, LocalDate requestedDeadline, String reason, ActorDoc requestedBy,
            Instant requestedAt, String decision, ActorDoc decidedBy, Instant decidedAt, String decisionReason) {
    }

    record ListingDoc(String level, String supervisingUnit, String responsibleUnit, LocalDate listedOn,
            LocalDate deadline, LocalDate removedOn, String removalReason, Instant recordedAt,
            Instant removalRecordedAt, LocalDate deadlineAsListed) {
    }

    record EscalationDoc(String step, LocalDate on, String actingUnit, ActorDoc actor, Instant recordedAt) {
    }
}
