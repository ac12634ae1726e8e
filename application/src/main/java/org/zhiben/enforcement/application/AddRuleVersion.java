package org.zhiben.enforcement.application;

import java.util.stream.Collectors;
import org.zhiben.enforcement.DishonestyListPeriods;
import org.zhiben.enforcement.MajorDecisionRule;
import org.zhiben.enforcement.PenaltyRuleVersion;
import org.zhiben.enforcement.ResponsibilityTracing;
import org.zhiben.enforcement.RewardRules;
import org.zhiben.enforcement.RuleVersion;
import org.zhiben.enforcement.TipOffDeadlines;
import org.zhiben.enforcement.storage.EnforcementRuleBook;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.InvalidValueException;

/**
 * Adds a version of the enforcement rules, in force from a day after today (a version in force is never edited or
 * deleted), for a prefecture-wide caller only (anyone else: 403). A version starting on the day another of its kind
 * starts is refused; a prefecture's reward rules must be its own and raise the national amounts in force on their
 * first day. Every version added is an audit entry.
 */
public class AddRuleVersion {

    /** The entity and the action recorded in the audit trail. */
    public static final String ENTITY = "EnforcementRule";
    public static final String ADDED = "enforcement-rule.version-added";

    private final EnforcementStore store;
    private final EnforcementRuleBook book;

    public AddRuleVersion(EnforcementStore store, EnforcementRuleBook book) {
        this.store = store;
        this.book = book;
    }

    public RuleVersion add(RuleVersion version) {
        if (!store.scope().prefectureWide()) {
            throw new AccessRefusedException("only a prefecture-wide caller adds versions of the enforcement rules");
        }
        RuleVersion.requireAddable(version, store.rules().versions(), store.today());
        if (version instanceof RewardRules reward) {
            requireRaise(reward);
        }
        book.add(version, store.caller(), store.now());
        store.audit(ENTITY, auditId(version), ADDED, null, describe(version));
        return version;
    }

    private void requireRaise(RewardRules reward) {
        if (!store.rules().prefecture().equals(reward.jurisdiction())) {
            throw new InvalidValueException("jurisdiction", "enforcement.reward.not-own-prefecture",
                    "a prefecture loads raised reward amounts for its own jurisdiction only",
                    String.valueOf(reward.jurisdiction()));
        }
        RewardRules national = RewardRules.inForceOn(
                store.rules().rewardRules().stream().filter(r -> r.jurisdiction() == null).toList(),
                store.rules().prefecture(), reward.effectiveFrom());
        RewardRules.raisedFor(national, reward.name(), reward.jurisdiction(), reward.effectiveFrom(),
                reward.fineBasisPoints(), reward.floor(), reward.cap(), reward.perConcealedDeath(),
                reward.concealedDeathCap());
    }

    /** How the audit trail names a version: its kind and first day, e.g. {@code penalty-rule@2026-01-01}. */
    static String auditId(RuleVersion version) {
        return version.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "@"
                + version.effectiveFrom();
    }

    /** The values of a version, as the audit trail records them. */
    static String describe(RuleVersion version) {
        return "kind=" + version.kind() + ";effectiveFrom=" + version.effectiveFrom() + ";" + values(version);
    }

    private static String values(RuleVersion version) {
        if (version instanceof PenaltyRuleVersion v) {
            return "longOverdueDays=" + v.longOverdueDays();
        }
        if (version instanceof RewardRules v) {
            return "name=" + v.name() + ";jurisdiction=" + v.jurisdiction() + ";fineBasisPoints="
                    + v.fineBasisPoints() + ";floorFen=" + v.floor().fen() + ";capFen=" + v.cap().fen()
                    + ";perConcealedDeathFen=" + v.perConcealedDeath().entrySet().stream()
                            .map(e -> e.getKey() + ":" + e.getValue().fen()).sorted()
                            .collect(Collectors.joining(","))
                    + ";concealedDeathCapFen=" + v.concealedDeathCap().fen();
        }
        if (version instanceof MajorDecisionRule v) {
            return "fineThresholdFen=" + v.fineThreshold().fen() + ";majorKinds="
                    + v.majorKinds().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        }
        if (version instanceof ResponsibilityTracing v) {
            return "windowMonths=" + v.windowMonths();
        }
        if (version instanceof TipOffDeadlines v) {
            return "days=" + v.daysFromStatus().entrySet().stream()
                    .map(e -> e.getKey() + ":" + e.getValue()).sorted().collect(Collectors.joining(","));
        }
        DishonestyListPeriods v = (DishonestyListPeriods) version;
        return "objectionDays=" + v.rules().objectionDays() + ";managementYears=" + v.rules().managementYears()
                + ";earlyRemovalAfterMonths=" + v.rules().earlyRemovalAfterMonths();
    }
}
