package org.zhiben.enforcement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;

/**
 * One version of the tip-off reward rules, as versioned data. The shipped set ({@link #NATIONAL_2018}) follows the
 * national measures of 2018 (《安全生产领域举报奖励办法》): for a verified major hazard or illegal act, 15 % of the fine,
 * at least 3,000 yuan and at most 300,000 yuan; for each verified concealed death, by accident class, 30,000 / 40,000 /
 * 50,000 / 60,000 yuan, capped at 300,000 yuan. A prefecture may load raised amounts in force from a date
 * ({@link #raisedFor}); the version in force on a day is the one with the latest {@code effectiveFrom} not after it.
 *
 * @param name            how the version is cited, e.g. 《安全生产领域举报奖励办法》(应急〔2018〕19号)
 * @param jurisdiction    the prefecture that loaded a raised version; {@code null} for the national set
 * @param fineBasisPoints the share of the fine, in basis points (1,500 = 15 %)
 */
public record RewardRules(String name, JurisdictionCode jurisdiction, LocalDate effectiveFrom, int fineBasisPoints,
        Money floor, Money cap, Map<AccidentClass, Money> perConcealedDeath, Money concealedDeathCap)
        implements RuleVersion {

    /** The national measures of 2018, in force from 2018-01-01. */
    public static final RewardRules NATIONAL_2018 = new RewardRules("《安全生产领域举报奖励办法》(应急〔2018〕19号)", null,
            LocalDate.of(2018, 1, 1), 1_500, Money.ofYuan(3_000), Money.ofYuan(300_000),
            Map.of(AccidentClass.GENERAL, Money.ofYuan(30_000), AccidentClass.LARGER, Money.ofYuan(40_000),
                    AccidentClass.MAJOR, Money.ofYuan(50_000), AccidentClass.ESPECIALLY_MAJOR, Money.ofYuan(60_000)),
            Money.ofYuan(300_000));

    public RewardRules {
        name = Require.maxLength(Require.notBlank(name, "name"), 200, "name");
        Require.notNull(effectiveFrom, "effectiveFrom");
        if (fineBasisPoints < 1 || fineBasisPoints > 10_000) {
            throw new InvalidValueException("fineBasisPoints", "enforcement.reward.share-invalid",
                    "the share of the fine must be between 0.01 % and 100 %", fineBasisPoints);
        }
        Require.notNull(floor, "floor");
        Require.notNull(cap, "cap");
        if (floor.isGreaterThan(cap)) {
            throw new InvalidValueException("floor", "enforcement.reward.floor-above-cap",
                    "the minimum reward must not exceed the maximum", floor, cap);
        }
        Require.notNull(perConcealedDeath, "perConcealedDeath");
        for (AccidentClass accidentClass : AccidentClass.values()) {
            if (!perConcealedDeath.containsKey(accidentClass)) {
                throw new InvalidValueException("perConcealedDeath", "enforcement.reward.class-missing",
                        "the reward per concealed death is missing for " + accidentClass, accidentClass.label());
            }
        }
        perConcealedDeath = Map.copyOf(new EnumMap<>(perConcealedDeath));
        Require.notNull(concealedDeathCap, "concealedDeathCap");
    }

    /**
     * A prefecture's raised amounts over {@code base}, in force from {@code effectiveFrom}: every amount must be at least
     * the base's (the plan asks to "大幅提升举报奖励额度"), so a lower one is refused.
     */
    public static RewardRules raisedFor(RewardRules base, String name, JurisdictionCode prefecture,
            LocalDate effectiveFrom, int fineBasisPoints, Money floor, Money cap,
            Map<AccidentClass, Money> perConcealedDeath, Money concealedDeathCap) {
        Require.notNull(prefecture, "jurisdiction");
        RewardRules raised = new RewardRules(name, prefecture, effectiveFrom, fineBasisPoints, floor, cap,
                perConcealedDeath, concealedDeathCap);
        boolean lower = fineBasisPoints < base.fineBasisPoints || base.floor.isGreaterThan(floor)
                || base.cap.isGreaterThan(cap) || base.concealedDeathCap.isGreaterThan(concealedDeathCap)
                || base.perConcealedDeath.entrySet().stream()
                        .anyMatch(e -> e.getValue().isGreaterThan(raised.perConcealedDeath.get(e.getKey())));
        if (lower) {
            throw new RuleViolationException("enforcement.reward.not-raised",
                    "a prefecture's reward rules may raise the amounts of " + base.name + ", not lower them",
                    base.name);
        }
        if (effectiveFrom.isBefore(base.effectiveFrom)) {
            throw new InvalidValueException("effectiveFrom", "enforcement.reward.before-base",
                    "raised amounts cannot be in force before the rules they raise", effectiveFrom);
        }
        return raised;
    }

    /**
     * The reward for a verified major hazard or illegal act punished with {@code fine}: the share of the fine, raised
     * to the floor and limited to the cap.
     */
    public RewardCalculation forViolation(Money fine) {
        Require.notNull(fine, "fine");
        Money share = fine.percentage(fineBasisPoints);
        Money amount = share.max(floor).min(cap);
        String how = "罚款" + fine + "×" + percent() + "=" + share
                + (share.compareTo(floor) < 0 ? "，低于最低奖励" + floor + "，按最低奖励" : "")
                + (share.compareTo(cap) > 0 ? "，高于最高奖励" + cap + "，按最高奖励" : "");
        return new RewardCalculation(amount, name, how);
    }

    /** The reward for {@code deaths} verified concealed deaths of an accident of {@code accidentClass}, capped. */
    public RewardCalculation forConcealedDeaths(AccidentClass accidentClass, int deaths) {
        Require.notNull(accidentClass, "accidentClass");
        if (deaths < 1) {
            throw new InvalidValueException("deaths", "enforcement.reward.deaths-invalid",
                    "at least one verified concealed death is needed", deaths);
        }
        Money each = perConcealedDeath.get(accidentClass);
        Money total = each.times(deaths);
        Money amount = total.min(concealedDeathCap);
        String how = accidentClass.label() + "瞒报谎报死亡" + deaths + "人×" + each + "=" + total
                + (total.compareTo(concealedDeathCap) > 0 ? "，高于最高奖励" + concealedDeathCap + "，按最高奖励" : "");
        return new RewardCalculation(amount, name, how);
    }

    /** The version in force on {@code date} for {@code prefecture}: its own raised versions and the national ones. */
    public static RewardRules inForceOn(Collection<RewardRules> versions, JurisdictionCode prefecture,
            LocalDate date) {
        return versions.stream()
                .filter(v -> v.jurisdiction == null || v.jurisdiction.equals(prefecture))
                .filter(v -> !v.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(RewardRules::effectiveFrom)
                        .thenComparing(v -> v.jurisdiction != null))
                .orElseThrow(() -> new RuleViolationException("enforcement.reward.no-rules-in-force",
                        "no reward rules are in force on " + date, date));
    }

    private String percent() {
        return fineBasisPoints % 100 == 0 ? fineBasisPoints / 100 + "%"
                : String.format("%d.%02d%%", fineBasisPoints / 100, fineBasisPoints % 100);
    }

    @Override
    public RuleKind kind() {
        return RuleKind.REWARD;
    }

    @Override
    public JurisdictionCode scope() {
        return jurisdiction;
    }
}
