package org.zhiben.enforcement.storage;

import java.time.Instant;
import org.zhiben.enforcement.CalendarDay;
import org.zhiben.enforcement.RuleVersion;
import org.zhiben.shared.Actor;

/**
 * Where new versions of the enforcement rules and the days of the working-day calendar are added (write port,
 * internal to enforcement; they are read through {@link org.zhiben.enforcement.EnforcementRules}). Nothing stored is
 * ever changed or removed.
 */
public interface EnforcementRuleBook {

    /** Adds a version; one of the same kind and scope starting on the same day meanwhile is refused. */
    void add(RuleVersion version, Actor by, Instant at);

    /** Declares a day; a day declared meanwhile is refused. */
    void declare(CalendarDay day, Actor by, Instant at);
}
