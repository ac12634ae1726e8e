package org.zhiben.hazards.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhiben.hazards.DeadlineExtension;
import org.zhiben.hazards.EscalationRecord;
import org.zhiben.hazards.HazardTransition;
import org.zhiben.hazards.Listing;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.persistence.HazardDocuments.ListingDoc;
import org.zhiben.hazards.storage.HazardTimeline;

/**
 * The timeline of a hazard, from its history and the instants the adapter recorded for its listings and escalation
 * steps (the domain keeps only their dates).
 */
@Component
class HazardTimelineAdapter implements HazardTimeline {

    private final MajorHazardsAdapter hazards;

    HazardTimelineAdapter(MajorHazardsAdapter hazards) {
        this.hazards = hazards;
    }

    @Override
    public List<Entry> of(MajorHazard hazard, ZoneId zone) {
        MajorHazardsAdapter.Recorded recorded = hazards.recordedInstants(hazard.id());
        List<Entry> entries = new ArrayList<>();
        for (HazardTransition t : hazard.history()) {
            entries.add(new Entry(Kind.TRANSITION, t.at(), day(t.at(), zone), t.actor(), t.actor().unitCode(),
                    t.from() == null ? null : t.from().name(), t.to().name(), null, t.reason()));
        }
        List<EscalationRecord> escalations = hazard.escalations();
        for (int i = 0; i < escalations.size(); i++) {
            EscalationRecord e = escalations.get(i);
            Instant at = i < recorded.escalations().size() ? recorded.escalations().get(i).recordedAt() : null;
            boolean caughtUp = i > 0 && escalations.get(i - 1).on().equals(e.on());
            long daysOverdue = hazard.deadlineOn(e.on(), zone)
                    .map(deadline -> java.time.temporal.ChronoUnit.DAYS.between(deadline, e.on())).orElse(0L);
            entries.add(new Entry(Kind.ESCALATION, orStartOf(at, e.on(), zone), e.on(), e.actor(),
                    e.actingUnit().value(), caughtUp ? "CAUGHT_UP" : null, Long.toString(daysOverdue),
                    e.step().name(), null));
        }
        List<Listing> listings = hazard.listings();
        for (int i = 0; i < listings.size(); i++) {
            Listing l = listings.get(i);
            ListingDoc doc = i < recorded.listings().size() ? recorded.listings().get(i) : null;
            entries.add(new Entry(Kind.LISTED, orStartOf(doc == null ? null : doc.recordedAt(), l.listedOn(), zone),
                    l.listedOn(), null, l.supervisingUnit().value(), null, null, l.level().name(), null));
            if (l.removedOn() != null) {
                Instant removedAt = doc == null ? null : doc.removalRecordedAt();
                entries.add(new Entry(Kind.LISTING_REMOVED, orStartOf(removedAt, l.removedOn(), zone), l.removedOn(),
                        null, l.supervisingUnit().value(), null, null, l.level().name(), l.removalReason()));
            }
        }
        for (DeadlineExtension x : hazard.extensions()) {
            entries.add(new Entry(Kind.EXTENSION_REQUESTED, x.requestedAt(), day(x.requestedAt(), zone),
                    x.requestedBy(), x.requestedBy().unitCode(), x.previousDeadline().toString(),
                    x.requestedDeadline().toString(), null, x.reason()));
            if (!x.isPending()) {
                entries.add(new Entry(Kind.EXTENSION_DECIDED, x.decidedAt(), day(x.decidedAt(), zone), x.decidedBy(),
                        x.decidedBy().unitCode(), x.previousDeadline().toString(), x.requestedDeadline().toString(),
                        x.decision().name(), x.decisionReason()));
            }
            if (x.isApproved()) {
                LocalDate decidedOn = day(x.decidedAt(), zone);
                listings.stream()
                        .filter(l -> !l.listedOn().isAfter(decidedOn)
                                && (l.removedOn() == null || !l.removedOn().isBefore(decidedOn)) && l.deadlineMoved()
                                && x.requestedDeadline().isAfter(l.deadlineAsListed())
                                && !x.requestedDeadline().isAfter(l.deadline()))
                        .findFirst()
                        .ifPresent(l -> entries.add(new Entry(Kind.LISTING_DEADLINE_MOVED, x.decidedAt(), decidedOn,
                                x.decidedBy(), l.supervisingUnit().value(),
                                (x.previousDeadline().isAfter(l.deadlineAsListed()) ? x.previousDeadline()
                                        : l.deadlineAsListed()).toString(),
                                x.requestedDeadline().toString(), l.level().name(), null)));
            }
        }
        entries.sort(Comparator.comparing(Entry::at));
        return entries;
    }

    private static LocalDate day(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate();
    }

    private static Instant orStartOf(Instant at, LocalDate on, ZoneId zone) {
        return at != null ? at : on.atStartOfDay(zone).toInstant();
    }
}
