package org.zhiben.enforcement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;

/**
 * How many days each step of a tip-off may take, counted from the day the previous step was taken, as versioned
 * data: the days to go from a status to the next one. A status without an entry has no deadline.
 */
public record TipOffDeadlines(LocalDate effectiveFrom, Map<TipOffStatus, Integer> daysFromStatus)
        implements RuleVersion {

    /** The shipped deadlines. */
    public static final TipOffDeadlines SHIPPED = new TipOffDeadlines(LocalDate.of(2024, 3, 12), Map.of(
            TipOffStatus.RECEIVED, 5, TipOffStatus.ACCEPTED, 5, TipOffStatus.ASSIGNED, 30,
            TipOffStatus.VERIFIED, 30, TipOffStatus.OUTCOME_LINKED, 60, TipOffStatus.REWARD_DECIDED, 15,
            TipOffStatus.REWARD_APPROVED, 15));

    public TipOffDeadlines {
        Require.notNull(effectiveFrom, "effectiveFrom");
        Require.notNull(daysFromStatus, "daysFromStatus");
        for (Map.Entry<TipOffStatus, Integer> entry : daysFromStatus.entrySet()) {
            if (entry.getValue() == null || entry.getValue() < 1 || entry.getKey() == TipOffStatus.CLOSED) {
                throw new InvalidValueException("daysFromStatus", "enforcement.tipoff.deadline-invalid",
                        "each step takes at least one day, and a closed tip-off has no next step",
                        entry.getKey().label());
            }
        }
        daysFromStatus = Map.copyOf(new EnumMap<>(daysFromStatus));
    }

    /** The day by which the step after {@code status}, reached on {@code since}, is due. */
    public Optional<LocalDate> dueOn(TipOffStatus status, LocalDate since) {
        return Optional.ofNullable(daysFromStatus.get(status)).map(since::plusDays);
    }

    public static TipOffDeadlines inForceOn(Collection<TipOffDeadlines> versions, LocalDate date) {
        return versions.stream()
                .filter(v -> !v.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(TipOffDeadlines::effectiveFrom))
                .orElseThrow(() -> new RuleViolationException("enforcement.tipoff.no-deadlines-in-force",
                        "no tip-off deadlines are in force on " + date, date));
    }

    @Override
    public RuleKind kind() {
        return RuleKind.TIP_OFF_DEADLINES;
    }
}
