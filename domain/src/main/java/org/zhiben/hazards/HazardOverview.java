package org.zhiben.hazards;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;

/**
 * The major hazards as an overview reads them (declared read-only interface of the hazards module; the reporting
 * module's dashboard reads it): the campaign's three targets measured on a day, the major hazards in the stock at the
 * end of that day per jurisdiction and industry with those overdue and those under listing supervision, and how far
 * up the escalation ladder the overdue ones have gone (task 25: "对进展缓慢的及时采取函告、通报、约谈、曝光等措施").
 */
public interface HazardOverview {

    /** The overview of the major hazards inside {@code scope} at the end of {@code day}. */
    Situation on(LocalDate day, DataScope scope);

    /** The major hazards of one jurisdiction in one industry in the stock at the end of the day. */
    record Line(JurisdictionCode jurisdiction, IndustryCode industry, long inStock, long overdue, long listed) {

        public Line {
            Require.notNull(jurisdiction, "jurisdiction");
            Require.notNull(industry, "industry");
        }
    }

    /**
     * The overview of a day.
     *
     * @param lines            per jurisdiction and industry, ordered by jurisdiction then industry code; only those
     *                         with a major hazard in the stock
     * @param ladder           per step of the escalation ladder, the overdue major hazards whose highest step taken by
     *                         the day is that step (every step present)
     * @param overdueNoStep    the overdue major hazards with no step taken yet
     */
    record Situation(LocalDate day, CampaignIndicators indicators, List<Line> lines,
            Map<EscalationStep, Long> ladder, long overdueNoStep) {

        public Situation {
            Require.notNull(day, "day");
            Require.notNull(indicators, "indicators");
            lines = List.copyOf(Require.notNull(lines, "lines"));
            EnumMap<EscalationStep, Long> complete = new EnumMap<>(EscalationStep.class);
            for (EscalationStep step : EscalationStep.values()) {
                complete.put(step, Require.notNull(ladder, "ladder").getOrDefault(step, 0L));
            }
            ladder = Collections.unmodifiableMap(complete);
        }

        /**
         * The overview of {@code hazards} at the end of {@code day} in {@code zone}, with the targets measured as
         * {@code indicators} (over the same hazards).
         */
        public static Situation of(Collection<MajorHazard> hazards, LocalDate day, ZoneId zone,
                CampaignIndicators indicators) {
            Require.notNull(day, "day");
            Require.notNull(zone, "zone");
            Map<JurisdictionCode, Map<IndustryCode, long[]>> counts = new TreeMap<>(
                    Comparator.comparing(JurisdictionCode::value));
            Map<EscalationStep, Long> ladder = new EnumMap<>(EscalationStep.class);
            long noStep = 0;
            for (MajorHazard hazard : hazards) {
                if (!hazard.inMajorStockOn(day, zone)) {
                    continue;
                }
                long[] count = counts.computeIfAbsent(hazard.jurisdiction(), j -> new TreeMap<>(
                        Comparator.comparing(IndustryCode::value))).computeIfAbsent(hazard.industry(), i -> new long[3]);
                count[0]++;
                if (hazard.isListedOn(day)) {
                    count[2]++;
                }
                if (hazard.isOverdueOn(day, zone)) {
                    count[1]++;
                    EscalationStep highest = null;
                    for (EscalationRecord record : hazard.escalations()) {
                        if (!record.on().isAfter(day)
                                && (highest == null || record.step().ordinal() > highest.ordinal())) {
                            highest = record.step();
                        }
                    }
                    if (highest == null) {
                        noStep++;
                    } else {
                        ladder.merge(highest, 1L, Long::sum);
                    }
                }
            }
            List<Line> lines = new ArrayList<>();
            counts.forEach((jurisdiction, byIndustry) -> byIndustry.forEach((industry, count) ->
                    lines.add(new Line(jurisdiction, industry, count[0], count[1], count[2]))));
            return new Situation(day, indicators, lines, ladder, noStep);
        }

        /** Major hazards in the stock, all lines together. */
        public long inStock() {
            return lines.stream().mapToLong(Line::inStock).sum();
        }

        /** Of which overdue. */
        public long overdue() {
            return lines.stream().mapToLong(Line::overdue).sum();
        }

        /** Of which under listing supervision. */
        public long listed() {
            return lines.stream().mapToLong(Line::listed).sum();
        }
    }
}
