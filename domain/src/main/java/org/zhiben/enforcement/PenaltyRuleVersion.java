package org.zhiben.enforcement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;

/**
 * The data of the task-24 penalty rule, as versioned data: from how many days past its deadline a rectification counts
 * as 迟迟不能完成整改 (long overdue). A version applies from {@code effectiveFrom} until a later one does.
 */
public record PenaltyRuleVersion(LocalDate effectiveFrom, int longOverdueDays) implements RuleVersion {

    /** Days past the deadline from which a rectification counts as long overdue in the shipped version. */
    public static final int DEFAULT_LONG_OVERDUE_DAYS = 90;

    /** The version shipped with the software: in force from the plan's start, 90 days. */
    public static final PenaltyRuleVersion SHIPPED = new PenaltyRuleVersion(LocalDate.of(2024, 3, 12),
            DEFAULT_LONG_OVERDUE_DAYS);

    public PenaltyRuleVersion {
        Require.notNull(effectiveFrom, "effectiveFrom");
        if (longOverdueDays < 1) {
            throw new InvalidValueException("longOverdueDays", "enforcement.penalty.long-overdue-days-invalid",
                    "the long-overdue threshold must be at least one day", longOverdueDays);
        }
    }

    /** The version in force on {@code date}: the one with the latest {@code effectiveFrom} not after it. */
    public static PenaltyRuleVersion inForceOn(Collection<PenaltyRuleVersion> versions, LocalDate date) {
        return versions.stream()
                .filter(v -> !v.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(PenaltyRuleVersion::effectiveFrom))
                .orElseThrow(() -> new RuleViolationException("enforcement.penalty.no-rule-in-force",
                        "no version of the penalty rule is in force on " + date, date));
    }

    @Override
    public RuleKind kind() {
        return RuleKind.PENALTY_RULE;
    }
}
