package org.zhiben.enforcement.application;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.zhiben.enforcement.CalendarDay;
import org.zhiben.enforcement.RuleKind;
import org.zhiben.enforcement.RuleVersion;
import org.zhiben.shared.JurisdictionCode;

/**
 * The versions of the enforcement rules, each with whether it is in force today, will be, or was replaced; and the
 * declared days of the working-day calendar.
 */
public class ReadEnforcementRules {

    /** Where a version stands today. */
    public enum Standing {
        /** Replaced by a later version already in force. */
        REPLACED,
        /** The version in force today. */
        IN_FORCE,
        /** In force from a day after today. */
        SCHEDULED
    }

    /** A version and where it stands today. */
    public record ShownVersion(RuleVersion version, Standing standing) {
    }

    private final EnforcementStore store;

    public ReadEnforcementRules(EnforcementStore store) {
        this.store = store;
    }

    /** Every version, by kind (in the order of {@link RuleKind}) then scope then first day. */
    public List<ShownVersion> versions() {
        LocalDate today = store.today();
        List<RuleVersion> all = store.rules().versions();
        return all.stream()
                .sorted(Comparator.comparing(RuleVersion::kind)
                        .thenComparing(v -> v.scope() == null ? "" : v.scope().value())
                        .thenComparing(RuleVersion::effectiveFrom))
                .map(v -> new ShownVersion(v, standing(v, all, today)))
                .toList();
    }

    /** The declared holidays and adjusted working days, by day. */
    public List<CalendarDay> calendarDays() {
        return store.rules().calendarDays().stream().sorted(Comparator.comparing(CalendarDay::day)).toList();
    }

    public LocalDate today() {
        return store.today();
    }

    /** The prefecture whose raised reward amounts may be loaded. */
    public JurisdictionCode prefecture() {
        return store.rules().prefecture();
    }

    private static Standing standing(RuleVersion version, List<RuleVersion> all, LocalDate today) {
        if (version.effectiveFrom().isAfter(today)) {
            return Standing.SCHEDULED;
        }
        // the prefecture's reward rules and the national ones replace each other: the later one applies
        boolean replaced = all.stream().anyMatch(other -> other.kind() == version.kind()
                && other.effectiveFrom().isAfter(version.effectiveFrom()) && !other.effectiveFrom().isAfter(today));
        return replaced ? Standing.REPLACED : Standing.IN_FORCE;
    }
}
