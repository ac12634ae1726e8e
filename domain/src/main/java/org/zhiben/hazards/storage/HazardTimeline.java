package org.zhiben.hazards.storage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.shared.Actor;

/**
 * The timeline of a hazard: its transitions, escalation steps, listings and their removal, deadline extension
 * requests and decisions, in the order they were recorded.
 */
public interface HazardTimeline {

    /** What happened. */
    enum Kind {
        TRANSITION, ESCALATION, LISTED, LISTING_REMOVED, EXTENSION_REQUESTED, EXTENSION_DECIDED,
        /** An approved extension moved the deadline of the listing in force ({@code from} → {@code to}). */
        LISTING_DEADLINE_MOVED
    }

    /**
     * One entry; {@code on} is the business date (the day of {@code at}, or the date the step or listing is dated),
     * {@code detail} what the kind needs (step, listing level, decision). An escalation step gives in {@code to} the
     * days the hazard was overdue that day and in {@code from} {@code CAUGHT_UP} when the same run took it after an
     * earlier step (catching up with the days overdue); a listing removed by the write-off or the cancellation gives
     * that as its reason.
     */
    record Entry(Kind kind, Instant at, LocalDate on, Actor actor, String actingUnit, String from, String to,
            String detail, String reason) {
    }

    List<Entry> of(MajorHazard hazard, ZoneId zone);
}
