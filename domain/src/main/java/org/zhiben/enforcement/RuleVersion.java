package org.zhiben.enforcement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.RuleViolationException;

/**
 * One version of the versioned data enforcement decides by, in force from {@link #effectiveFrom()} until a later
 * version of the same kind (and, for reward rules, of the same prefecture) applies.
 *
 * <p>A version in force is never edited or deleted: a change is a new version, which must start after today (a
 * version starting today or earlier would change what was already decided by the one in force) and on a day no other
 * version of the same kind starts on.
 */
public sealed interface RuleVersion permits PenaltyRuleVersion, RewardRules, MajorDecisionRule,
        ResponsibilityTracing, TipOffDeadlines, DishonestyListPeriods {

    LocalDate effectiveFrom();

    RuleKind kind();

    /** The prefecture a version applies to, or {@code null} for one that applies everywhere. */
    default JurisdictionCode scope() {
        return null;
    }

    /**
     * Refuses {@code candidate} when it starts today or earlier, or on the day another version of the same kind and
     * scope among {@code existing} starts.
     */
    static void requireAddable(RuleVersion candidate, Collection<? extends RuleVersion> existing, LocalDate today) {
        if (!candidate.effectiveFrom().isAfter(today)) {
            throw new InvalidValueException("effectiveFrom", "enforcement.rules.not-in-future",
                    "a new version must start after today: the versions in force are never changed",
                    candidate.effectiveFrom());
        }
        boolean clash = existing.stream().anyMatch(v -> v.kind() == candidate.kind()
                && Objects.equals(v.scope(), candidate.scope()) && v.effectiveFrom().equals(candidate.effectiveFrom()));
        if (clash) {
            throw new RuleViolationException("enforcement.rules.version-exists",
                    "a version of " + candidate.kind() + " already starts on " + candidate.effectiveFrom(),
                    candidate.kind().label(), candidate.effectiveFrom());
        }
    }
}
