package org.zhiben.enforcement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;

/**
 * Responsibility tracing of inspections (执法检查责任倒查, task 27: "建立执法检查责任倒查机制"): a major hazard registered
 * at an enterprise within the look-back window after an inspection of it that did not find it puts that inspection on
 * the review list. The window is versioned data, 6 months by default.
 */
public record ResponsibilityTracing(LocalDate effectiveFrom, int windowMonths) implements RuleVersion {

    /** The shipped window: 6 months. */
    public static final ResponsibilityTracing SHIPPED = new ResponsibilityTracing(LocalDate.of(2024, 3, 12), 6);

    public ResponsibilityTracing {
        Require.notNull(effectiveFrom, "effectiveFrom");
        if (windowMonths < 1) {
            throw new InvalidValueException("windowMonths", "enforcement.tracing.window-invalid",
                    "the look-back window is at least one month", windowMonths);
        }
    }

    /** An inspection to review, side by side with the hazard it missed. */
    public record ReviewCase(Inspection inspection, MajorHazard hazard, LocalDate registeredOn) {
    }

    /**
     * Whether {@code hazard} puts {@code inspection} on the review list: same enterprise, registered after the
     * inspection day and no later than the window's end, and not found by that inspection.
     */
    public Optional<ReviewCase> review(Inspection inspection, MajorHazard hazard, ZoneId zone) {
        Require.notNull(inspection, "inspection");
        Require.notNull(hazard, "hazard");
        LocalDate registeredOn = hazard.history().get(0).at().atZone(zone).toLocalDate();
        boolean sameEnterprise = inspection.enterpriseId().equals(hazard.enterpriseId());
        boolean inWindow = registeredOn.isAfter(inspection.inspectedOn())
                && !registeredOn.isAfter(inspection.inspectedOn().plusMonths(windowMonths));
        if (sameEnterprise && inWindow && !inspection.found(hazard.id())) {
            return Optional.of(new ReviewCase(inspection, hazard, registeredOn));
        }
        return Optional.empty();
    }

    public static ResponsibilityTracing inForceOn(Collection<ResponsibilityTracing> versions, LocalDate date) {
        return versions.stream()
                .filter(v -> !v.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(ResponsibilityTracing::effectiveFrom))
                .orElseThrow(() -> new RuleViolationException("enforcement.tracing.none-in-force",
                        "no tracing window is in force on " + date, date));
    }

    @Override
    public RuleKind kind() {
        return RuleKind.TRACING;
    }
}
