package org.zhiben.hazards;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Comparator;
import java.util.Optional;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;

/**
 * When the steps of the escalation ladder are due for a slow rectification. Task 25: "对进展缓慢的及时采取函告、通报、
 * 约谈、曝光等措施". The thresholds are days past the rectification deadline, strictly increasing along the ladder
 * (e.g. 1, 15, 30, 60). Days are counted from the deadline in force: after an approved extension the count starts
 * again from the new deadline, while the steps already taken stay taken. A policy is versioned data: it applies from
 * {@code effectiveFrom} until a later one does.
 */
public record EscalationPolicy(LocalDate effectiveFrom, int warningLetterAfterDays, int circularAfterDays,
        int interviewAfterDays, int publicExposureAfterDays) {

    public EscalationPolicy {
        Require.notNull(effectiveFrom, "effectiveFrom");
        if (warningLetterAfterDays < 1 || circularAfterDays <= warningLetterAfterDays
                || interviewAfterDays <= circularAfterDays || publicExposureAfterDays <= interviewAfterDays) {
            throw new InvalidValueException("thresholds", "hazard.escalation.thresholds-not-increasing",
                    "escalation thresholds must be at least 1 day and strictly increasing along the ladder",
                    warningLetterAfterDays, circularAfterDays, interviewAfterDays, publicExposureAfterDays);
        }
    }

    /** Days overdue from which {@code step} is due. */
    public int thresholdOf(EscalationStep step) {
        return switch (step) {
            case WARNING_LETTER -> warningLetterAfterDays;
            case CIRCULAR -> circularAfterDays;
            case INTERVIEW -> interviewAfterDays;
            case PUBLIC_EXPOSURE -> publicExposureAfterDays;
        };
    }

    /**
     * The steps due now for {@code hazard}, in ladder order: every step not yet taken whose threshold the days overdue
     * on {@code today} have reached. A run takes them all, so a hazard long overdue catches up at once with the step its
     * overdue days warrant (e.g. 45 days overdue: 函告 and 通报 and 约谈 in one run) instead of one step per run; none
     * when the hazard is not overdue (it stops escalating) or its ladder is complete.
     */
    public List<EscalationStep> dueSteps(MajorHazard hazard, LocalDate today) {
        if (!hazard.isOverdue(today)) {
            return List.of();
        }
        long daysOverdue = hazard.daysOverdue(today);
        return Arrays.stream(EscalationStep.values())
                .filter(step -> hazard.escalations().stream().noneMatch(e -> e.step() == step))
                .filter(step -> daysOverdue >= thresholdOf(step))
                .toList();
    }

    /** The next step of a hazard's ladder and the day it falls due. */
    public record Upcoming(EscalationStep step, LocalDate dueOn) {
    }

    /**
     * The next step of the ladder that is not yet due for {@code hazard}, with the day it falls due — always after
     * {@code today}; empty when the hazard is not being rectified, has no deadline or has no step left that is not yet
     * due. Steps already due are taken by the next run ({@link #dueSteps}), not announced as due on a past day.
     */
    public Optional<Upcoming> upcoming(MajorHazard hazard, LocalDate today) {
        if (hazard.status() != HazardStatus.RECTIFYING || hazard.currentDeadline().isEmpty()) {
            return Optional.empty();
        }
        LocalDate deadline = hazard.currentDeadline().get();
        return Arrays.stream(EscalationStep.values())
                .filter(step -> hazard.escalations().stream().noneMatch(e -> e.step() == step))
                .map(step -> new Upcoming(step, deadline.plusDays(thresholdOf(step))))
                .filter(next -> next.dueOn().isAfter(today))
                .findFirst();
    }

    /** The policy in force on {@code date}: the one with the latest {@code effectiveFrom} not after it. */
    public static EscalationPolicy inForceOn(Collection<EscalationPolicy> policies, LocalDate date) {
        return policies.stream()
                .filter(p -> !p.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(EscalationPolicy::effectiveFrom))
                .orElseThrow(() -> new RuleViolationException("hazard.escalation.no-policy-in-force",
                        "no escalation policy is in force on " + date, date));
    }
}
