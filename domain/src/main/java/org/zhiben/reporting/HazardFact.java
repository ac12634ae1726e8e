package org.zhiben.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhiben.hazards.DeadlineExtended;
import org.zhiben.hazards.DeadlineExtension;
import org.zhiben.hazards.HazardAcceptanceRefused;
import org.zhiben.hazards.HazardCancelled;
import org.zhiben.hazards.HazardDetermined;
import org.zhiben.hazards.HazardEvent;
import org.zhiben.hazards.HazardListed;
import org.zhiben.hazards.HazardListingRemoved;
import org.zhiben.hazards.HazardRectified;
import org.zhiben.hazards.HazardRegistered;
import org.zhiben.hazards.HazardStatus;
import org.zhiben.hazards.HazardTransition;
import org.zhiben.hazards.HazardVerified;
import org.zhiben.hazards.HazardWrittenOff;
import org.zhiben.hazards.Listing;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.RectificationPlanSet;
import org.zhiben.shared.Require;

/**
 * One thing that happened to a hazard and matters to 附表1, as the stock read model keeps it. A fact is identified by
 * its hazard, its kind and its instant, so that the same change learnt twice — from a redelivered event, or from the
 * event and from the hazard's history during a rebuild — is kept once. Listings carry dates only; their instant is
 * the start of that date in UTC.
 *
 * @param day   REGISTERED: the discovery date; PLAN_SET: the deadline; DEADLINE_EXTENDED: the new deadline;
 *              LISTED / LISTING_REMOVED: the date listed / removed; otherwise {@code null}
 * @param value REGISTERED: the discovery channel; DETERMINED: the level; otherwise {@code null}
 */
public record HazardFact(Kind kind, Instant at, LocalDate day, String value) {

    /** The kinds of fact, in the order they are applied when two share an instant. */
    public enum Kind {
        REGISTERED, DETERMINED, PLAN_SET, RECTIFIED, ACCEPTANCE_REFUSED, VERIFIED, WRITTEN_OFF, CANCELLED,
        DEADLINE_EXTENDED, LISTED, LISTING_REMOVED
    }

    public HazardFact {
        Require.notNull(kind, "kind");
        Require.notNull(at, "at");
    }

    /** The fact an event of the hazards module brings; empty for events that do not change 附表1. */
    public static Optional<HazardFact> of(HazardEvent event) {
        Instant at = event.occurredAt();
        HazardFact fact = null;
        if (event instanceof HazardRegistered e) {
            fact = new HazardFact(Kind.REGISTERED, at, e.discoveredOn(), e.channel().name());
        } else if (event instanceof HazardDetermined e) {
            fact = new HazardFact(Kind.DETERMINED, at, null, e.level() == null ? null : e.level().name());
        } else if (event instanceof RectificationPlanSet e) {
            fact = new HazardFact(Kind.PLAN_SET, at, e.deadline(), null);
        } else if (event instanceof HazardRectified) {
            fact = new HazardFact(Kind.RECTIFIED, at, null, null);
        } else if (event instanceof HazardAcceptanceRefused) {
            fact = new HazardFact(Kind.ACCEPTANCE_REFUSED, at, null, null);
        } else if (event instanceof HazardVerified) {
            fact = new HazardFact(Kind.VERIFIED, at, null, null);
        } else if (event instanceof HazardWrittenOff) {
            fact = new HazardFact(Kind.WRITTEN_OFF, at, null, null);
        } else if (event instanceof HazardCancelled) {
            fact = new HazardFact(Kind.CANCELLED, at, null, null);
        } else if (event instanceof DeadlineExtended e) {
            fact = new HazardFact(Kind.DEADLINE_EXTENDED, at, e.newDeadline(), null);
        } else if (event instanceof HazardListed e) {
            fact = dated(Kind.LISTED, e.listedOn());
        } else if (event instanceof HazardListingRemoved e) {
            fact = dated(Kind.LISTING_REMOVED, e.removedOn());
        }
        return Optional.ofNullable(fact);
    }

    /** The facts of a hazard as its recorded history tells them (for a rebuild). */
    public static List<HazardFact> of(MajorHazard hazard) {
        List<HazardFact> facts = new ArrayList<>();
        for (HazardTransition t : hazard.history()) {
            facts.add(switch (t.to()) {
                case REPORTED -> new HazardFact(Kind.REGISTERED, t.at(), hazard.discoveredOn(),
                        hazard.channel().name());
                case DETERMINED -> new HazardFact(Kind.DETERMINED, t.at(), null,
                        hazard.level() == null ? null : hazard.level().name());
                case RECTIFYING -> t.from() == HazardStatus.RECTIFIED
                        ? new HazardFact(Kind.ACCEPTANCE_REFUSED, t.at(), null, null)
                        : new HazardFact(Kind.PLAN_SET, t.at(),
                                hazard.plan().map(p -> p.deadline()).orElse(null), null);
                case RECTIFIED -> new HazardFact(Kind.RECTIFIED, t.at(), null, null);
                case VERIFIED -> new HazardFact(Kind.VERIFIED, t.at(), null, null);
                case WRITTEN_OFF -> new HazardFact(Kind.WRITTEN_OFF, t.at(), null, null);
                case CANCELLED -> new HazardFact(Kind.CANCELLED, t.at(), null, null);
            });
        }
        for (DeadlineExtension extension : hazard.extensions()) {
            if (extension.isApproved()) {
                facts.add(new HazardFact(Kind.DEADLINE_EXTENDED, extension.decidedAt(),
                        extension.requestedDeadline(), null));
            }
        }
        for (Listing listing : hazard.listings()) {
            facts.add(dated(Kind.LISTED, listing.listedOn()));
            if (listing.removedOn() != null) {
                facts.add(dated(Kind.LISTING_REMOVED, listing.removedOn()));
            }
        }
        return facts;
    }

    private static HazardFact dated(Kind kind, LocalDate day) {
        return new HazardFact(kind, day.atStartOfDay(ZoneOffset.UTC).toInstant(), day, null);
    }
}
