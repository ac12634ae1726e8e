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
    enum Kind { TRANSITION, ESCALATION, LISTED, LISTING_REMOVED, EXTENSION_REQUESTED, EXTENSION_DECIDED }

    /**
     * One entry; {@code on} is the business date (the day of {@code at}, or the date the step or listing is dated),
     * {@code detail} what the kind needs (step, listing level, decision).
     */
    record Entry(Kind kind, Instant at, LocalDate on, Actor actor, String actingUnit, String from, String to,
            String detail, String reason) {
    }

    List<Entry> of(MajorHazard hazard, ZoneId zone);
}
