package org.zhiben.hazards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * The rule of task 24 on the principal's periodic checks, applied to an enterprise's recorded checks:
 * "{@value #RULE}".
 *
 * <p>The rule's versions are data ({@link PrincipalCheckRule}); whether an industry is high-risk comes from the
 * plan's reference data. A version applies to the periods that start on or after the day it takes effect, with the
 * frequency it gives the enterprise: calendar quarters or calendar months. A period is kept when at least one check was
 * made in it; a period that has ended without one is missed; the period containing today is due until its last day.
 */
public final class PrincipalCheckSchedule {

    /** The seed's sentence. */
    public static final String RULE = "企业主要负责人每季度至少带队对本单位重大事故隐患排查整治情况开展1次检查(高危行业领域每月至少1次)";

    private final List<PrincipalCheckRule> versions;

    public PrincipalCheckSchedule(Collection<PrincipalCheckRule> versions) {
        this.versions = List.copyOf(Require.notNull(versions, "versions"));
    }

    /** The frequency asked of an enterprise on {@code day}; empty before the rule's first version takes effect. */
    public Optional<CheckFrequency> frequencyOn(boolean highRisk, LocalDate day) {
        return PrincipalCheckRule.inForceOn(versions, day).map(rule -> rule.frequencyFor(highRisk));
    }

    /**
     * The periods in which the enterprise must check, of those that overlap {@code from}–{@code to} (both included):
     * each quarter or month under the version in force on its first day.
     */
    public List<CheckPeriod> requiredPeriods(boolean highRisk, LocalDate from, LocalDate to) {
        Require.notNull(from, "from");
        Require.notNull(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", "hazard.principal-check.period-reversed",
                    "the end of the period lies before its start", from, to);
        }
        List<CheckPeriod> periods = new ArrayList<>();
        LocalDate day = from;
        while (!day.isAfter(to)) {
            Optional<CheckFrequency> frequency = frequencyOn(highRisk, day);
            if (frequency.isEmpty()) {
                LocalDate searchFrom = day;
                Optional<LocalDate> first = versions.stream().map(PrincipalCheckRule::effectiveFrom)
                        .filter(effective -> effective.isAfter(searchFrom))
                        .min(Comparator.naturalOrder());
                if (first.isEmpty()) {
                    break;
                }
                day = first.get();
                continue;
            }
            CheckPeriod period = CheckPeriod.containing(day, frequency.get());
            if (frequencyOn(highRisk, period.start()).equals(frequency)) {
                periods.add(period);
            }
            day = period.end().plusDays(1);
        }
        return periods;
    }

    /** An enterprise's compliance over {@code from}–{@code to}, with its checks made on {@code checkDays}, as of today. */
    public PrincipalCheckCompliance assess(boolean highRisk, Collection<LocalDate> checkDays, LocalDate from,
            LocalDate to, LocalDate today) {
        List<PrincipalCheckCompliance.PeriodStatus> statuses = requiredPeriods(highRisk, from, to).stream()
                .map(period -> status(period, checkDays, today)).toList();
        return new PrincipalCheckCompliance(from, to, today, statuses);
    }

    /**
     * The next check the enterprise owes on {@code today}: in the current period if none was made in it yet (due by
     * its last day), else in the next one; empty when no version of the rule applies today.
     */
    public Optional<NextCheck> nextDue(boolean highRisk, Collection<LocalDate> checkDays, LocalDate today) {
        Optional<CheckFrequency> frequency = frequencyOn(highRisk, today);
        if (frequency.isEmpty()) {
            return Optional.empty();
        }
        CheckPeriod current = CheckPeriod.containing(today, frequency.get());
        boolean keptNow = checkDays.stream().anyMatch(current::contains);
        CheckPeriod owed = keptNow ? current.next() : current;
        Optional<CheckPeriod> previous = previous(highRisk, current);
        boolean previousMissed = previous.isPresent()
                && checkDays.stream().noneMatch(previous.get()::contains);
        LocalDate last = checkDays.stream().filter(day -> !day.isAfter(today)).max(Comparator.naturalOrder())
                .orElse(null);
        return Optional.of(new NextCheck(owed, owed.end(), keptNow, previousMissed ? previous.get() : null, last));
    }

    /**
     * Whether the enterprise was checking as the rule asks on {@code day} (for the penalty rule's "不自查"): it made a
     * check in the period before the one containing {@code day}, or in that period up to {@code day}. Not required
     * when no version of the rule applied on {@code day}.
     */
    public PrincipalCheckStanding standingOn(boolean highRisk, Collection<LocalDate> checkDays, LocalDate day) {
        Optional<CheckFrequency> frequency = frequencyOn(highRisk, day);
        if (frequency.isEmpty()) {
            return PrincipalCheckStanding.notRequired(day);
        }
        CheckPeriod current = CheckPeriod.containing(day, frequency.get());
        LocalDate examinedFrom = previous(highRisk, current).map(CheckPeriod::start).orElse(current.start());
        LocalDate last = checkDays.stream().filter(d -> !d.isAfter(day)).max(Comparator.naturalOrder())
                .orElse(null);
        return new PrincipalCheckStanding(true, frequency.get(), examinedFrom, day, last);
    }

    private Optional<CheckPeriod> previous(boolean highRisk, CheckPeriod current) {
        LocalDate dayBefore = current.start().minusDays(1);
        return frequencyOn(highRisk, dayBefore).map(f -> CheckPeriod.containing(dayBefore, f))
                .filter(period -> frequencyOn(highRisk, period.start()).isPresent());
    }

    private static PrincipalCheckCompliance.PeriodStatus status(CheckPeriod period, Collection<LocalDate> checkDays,
            LocalDate today) {
        List<LocalDate> inPeriod = checkDays.stream().filter(period::contains).sorted().toList();
        PrincipalCheckCompliance.State state;
        if (!inPeriod.isEmpty()) {
            state = PrincipalCheckCompliance.State.KEPT;
        } else if (period.end().isBefore(today)) {
            state = PrincipalCheckCompliance.State.MISSED;
        } else if (period.start().isAfter(today)) {
            state = PrincipalCheckCompliance.State.UPCOMING;
        } else {
            state = PrincipalCheckCompliance.State.DUE;
        }
        return new PrincipalCheckCompliance.PeriodStatus(period, state, inPeriod);
    }

    /**
     * The check an enterprise owes next.
     *
     * @param period         the period it falls in
     * @param dueBy          its last day
     * @param currentKept    whether the current period has its check already (the next one is then owed)
     * @param missedPrevious the period before the current one, when it ended without a check; otherwise null
     * @param lastCheckOn    the day of the latest check made, or null
     */
    public record NextCheck(CheckPeriod period, LocalDate dueBy, boolean currentKept, CheckPeriod missedPrevious,
            LocalDate lastCheckOn) {
    }
}
