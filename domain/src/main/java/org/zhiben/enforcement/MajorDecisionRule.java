package org.zhiben.enforcement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;

/**
 * Which decisions are major (重大执法决定) and need a recorded legal review (法制审核) before they are final (task 28:
 * "重大执法决定法制审核制度"), as versioned data: a decision is major when it orders one of {@code majorKinds}
 * (closure, suspension) or fines more than {@code fineThreshold} in total.
 */
public record MajorDecisionRule(LocalDate effectiveFrom, Money fineThreshold, Set<MeasureKind> majorKinds)
        implements RuleVersion {

    /** The shipped rule: closure or suspension, or fines above 100,000 yuan in total. */
    public static final MajorDecisionRule SHIPPED = new MajorDecisionRule(LocalDate.of(2024, 3, 12),
            Money.ofYuan(100_000), EnumSet.of(MeasureKind.SUSPENSION, MeasureKind.CLOSURE));

    public MajorDecisionRule {
        Require.notNull(effectiveFrom, "effectiveFrom");
        Require.notNull(fineThreshold, "fineThreshold");
        majorKinds = Set.copyOf(Require.notNull(majorKinds, "majorKinds"));
    }

    public boolean isMajor(Collection<PenaltyMeasure> measures) {
        Money fines = measures.stream().map(PenaltyMeasure::fine).filter(f -> f != null)
                .reduce(Money.ZERO, Money::plus);
        return fines.isGreaterThan(fineThreshold) || measures.stream().anyMatch(m -> majorKinds.contains(m.kind()));
    }

    public static MajorDecisionRule inForceOn(Collection<MajorDecisionRule> versions, LocalDate date) {
        return versions.stream()
                .filter(v -> !v.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(MajorDecisionRule::effectiveFrom))
                .orElseThrow(() -> new RuleViolationException("enforcement.major-decision.none-in-force",
                        "no major-decision rule is in force on " + date, date));
    }

    @Override
    public RuleKind kind() {
        return RuleKind.MAJOR_DECISION;
    }
}
