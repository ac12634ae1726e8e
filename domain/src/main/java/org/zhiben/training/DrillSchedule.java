package org.zhiben.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * The rule of task 9 on evacuation and escape drills, applied to an enterprise's recorded drills: "{@value #RULE}".
 *
 * <p>The rule's versions are data ({@link DrillRule}); whether an industry is high-risk comes from the plan's
 * reference data. A version applies to the periods that start on or after the day it takes effect, with the frequency
 * it gives the enterprise: calendar years or calendar half years. A period is kept when at least one drill was held
 * in it; a period that has ended without one is missed; the period containing today is due until its last day.
 */
public final class DrillSchedule {

    /** The seed's sentence (task 9). */
    public static final String RULE = "每年至少组织开展1次疏散逃生演练(高危行业领域每半年至少1次)";

    private final List<DrillRule> versions;

    public DrillSchedule(Collection<DrillRule> versions) {
        this.versions = List.copyOf(Require.notNull(versions, "versions"));
    }

    /** The frequency asked of an enterprise on {@code day}; empty before the rule's first version takes effect. */
    public Optional<DrillFrequency> frequencyOn(boolean highRisk, LocalDate day) {
        return DrillRule.inForceOn(versions, day).map(rule -> rule.frequencyFor(highRisk));
    }

    /**
     * The periods in which the enterprise must hold a drill, of those that overlap {@code from}–{@code to} (both
     * included): each year or half year under the version in force on its first day.
     */
    public List<DrillPeriod> requiredPeriods(boolean highRisk, LocalDate from, LocalDate to) {
        Require.notNull(from, "from");
        Require.notNull(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", "training.drill.period-reversed",
                    "the end of the period lies before its start", from, to);
        }
        List<DrillPeriod> periods = new ArrayList<>();
        LocalDate day = from;
        while (!day.isAfter(to)) {
            Optional<DrillFrequency> frequency = frequencyOn(highRisk, day);
            if (frequency.isEmpty()) {
                LocalDate searchFrom = day;
                Optional<LocalDate> first = versions.stream().map(DrillRule::effectiveFrom)
                        .filter(effective -> effective.isAfter(searchFrom)).min(Comparator.naturalOrder());
                if (first.isEmpty()) {
                    break;
                }
                day = first.get();
                continue;
            }
            DrillPeriod period = DrillPeriod.containing(day, frequency.get());
            if (frequencyOn(highRisk, period.start()).equals(frequency)) {
                periods.add(period);
            }
            day = period.end().plusDays(1);
        }
        return periods;
    }

    /** An enterprise's compliance over {@code from}–{@code to}, with its drills held on {@code drillDays}, as of today. */
    public DrillCompliance assess(boolean highRisk, Collection<LocalDate> drillDays, LocalDate from, LocalDate to,
            LocalDate today) {
        Require.notNull(today, "today");
        List<DrillCompliance.PeriodStatus> statuses = requiredPeriods(highRisk, from, to).stream()
                .map(period -> status(period, drillDays, today)).toList();
        return new DrillCompliance(from, to, today, statuses);
    }

    private static DrillCompliance.PeriodStatus status(DrillPeriod period, Collection<LocalDate> drillDays,
            LocalDate today) {
        List<LocalDate> inPeriod = drillDays.stream().filter(period::contains).sorted().toList();
        DrillCompliance.State state;
        if (!inPeriod.isEmpty()) {
            state = DrillCompliance.State.KEPT;
        } else if (period.end().isBefore(today)) {
            state = DrillCompliance.State.MISSED;
        } else if (period.start().isAfter(today)) {
            state = DrillCompliance.State.UPCOMING;
        } else {
            state = DrillCompliance.State.DUE;
        }
        return new DrillCompliance.PeriodStatus(period, state, inPeriod);
    }
}
