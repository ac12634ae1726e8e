package org.zhiben.enforcement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;

/**
 * The periods of the serious-dishonesty list as versioned data: the {@link DishonestyListRules} (objection period,
 * management period, early removal) in force from {@code effectiveFrom}. A listing keeps the periods it was notified
 * under.
 */
public record DishonestyListPeriods(LocalDate effectiveFrom, DishonestyListRules rules) implements RuleVersion {

    /** The shipped periods, in force from the plan's start. */
    public static final DishonestyListPeriods SHIPPED = new DishonestyListPeriods(LocalDate.of(2024, 3, 12),
            DishonestyListRules.SHIPPED);

    public DishonestyListPeriods {
        Require.notNull(effectiveFrom, "effectiveFrom");
        Require.notNull(rules, "rules");
    }

    @Override
    public RuleKind kind() {
        return RuleKind.DISHONESTY_PERIODS;
    }

    public static DishonestyListPeriods inForceOn(Collection<DishonestyListPeriods> versions, LocalDate date) {
        return versions.stream()
                .filter(v -> !v.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(DishonestyListPeriods::effectiveFrom))
                .orElseThrow(() -> new RuleViolationException("enforcement.dishonesty.no-periods-in-force",
                        "no periods of the dishonesty list are in force on " + date, date));
    }
}
