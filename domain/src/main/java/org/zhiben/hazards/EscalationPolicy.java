package org.zhiben.hazards;

import java.time.LocalDate;
import java.util.Collection;
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
     * The step due now for {@code hazard}: the next step of its ladder not yet taken, if the hazard has been overdue
     * for at least that step's threshold on {@code today}. One step per evaluation, in order, never skipping; none
     * when the hazard is not overdue (it stops escalating) or its ladder is complete.
     */
    public Optional<EscalationStep> nextStep(MajorHazard hazard, LocalDate today) {
        if (!hazard.isOverdue(today)) {
            return Optional.empty();
        }
        long daysOverdue = hazard.daysOverdue(today);
        return hazard.nextEscalationStep().filter(step -> daysOverdue >= thresholdOf(step));
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
