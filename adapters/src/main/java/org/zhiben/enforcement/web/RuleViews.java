package org.zhiben.enforcement.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zhiben.enforcement.CalendarDay;
import org.zhiben.enforcement.DishonestyListPeriods;
import org.zhiben.enforcement.MajorDecisionRule;
import org.zhiben.enforcement.PenaltyRuleVersion;
import org.zhiben.enforcement.ResponsibilityTracing;
import org.zhiben.enforcement.RewardRules;
import org.zhiben.enforcement.RuleVersion;
import org.zhiben.enforcement.TipOffDeadlines;
import org.zhiben.enforcement.application.ReadEnforcementRules.ShownVersion;

/** What the rules API answers: each version with its kind, first day, standing today and values; money in fen. */
final class RuleViews {

    private RuleViews() {
    }

    @Schema(description = "任务24：逾期多少天算“迟迟不能完成整改”")
    record PenaltyRuleValues(int longOverdueDays) {
    }

    @Schema(description = "举报奖励标准")
    record RewardValues(String name, @Schema(nullable = true, description = "the prefecture that raised the "
            + "amounts; null for the national measures") String jurisdiction,
            @Schema(description = "share of the fine in basis points (1500 = 15 %)") int fineBasisPoints,
            long floorFen, long capFen,
            @Schema(description = "reward per verified concealed death by accident class, in fen")
            Map<String, Long> perConcealedDeathFen, long concealedDeathCapFen) {
    }

    @Schema(description = "重大执法决定：罚款合计超过阈值，或责令停产停业整顿、关闭")
    record MajorDecisionValues(long fineThresholdFen, List<String> majorKinds) {
    }

    @Schema(description = "执法检查责任倒查回溯期")
    record TracingValues(int windowMonths) {
    }

    @Schema(description = "举报办理各环节时限：从某一状态到下一环节的天数")
    record TipOffDeadlineValues(Map<String, Integer> daysFromStatus) {
    }

    @Schema(description = "严重失信主体名单：异议期（天）、管理期（年）、提前移出（月）")
    record DishonestyPeriodValues(int objectionDays, int managementYears, int earlyRemovalAfterMonths) {
    }

    @Schema(description = "One version of a rule; exactly one of the value objects is set, the one of its kind")
    record RuleVersionView(
            @Schema(allowableValues = {"PENALTY_RULE", "REWARD", "MAJOR_DECISION", "TRACING", "TIP_OFF_DEADLINES",
                    "DISHONESTY_PERIODS"}) String kind,
            String kindLabel, LocalDate effectiveFrom,
            @Schema(allowableValues = {"REPLACED", "IN_FORCE", "SCHEDULED"}) String standing,
            @Schema(nullable = true) PenaltyRuleValues penaltyRule, @Schema(nullable = true) RewardValues reward,
            @Schema(nullable = true) MajorDecisionValues majorDecision, @Schema(nullable = true) TracingValues tracing,
            @Schema(nullable = true) TipOffDeadlineValues tipOffDeadlines,
            @Schema(nullable = true) DishonestyPeriodValues dishonestyPeriods) {

        static RuleVersionView of(ShownVersion shown) {
            RuleVersion v = shown.version();
            return new RuleVersionView(v.kind().name(), v.kind().label(), v.effectiveFrom(), shown.standing().name(),
                    v instanceof PenaltyRuleVersion p ? new PenaltyRuleValues(p.longOverdueDays()) : null,
                    v instanceof RewardRules r ? reward(r) : null,
                    v instanceof MajorDecisionRule m ? new MajorDecisionValues(m.fineThreshold().fen(),
                            m.majorKinds().stream().map(Enum::name).sorted().toList()) : null,
                    v instanceof ResponsibilityTracing t ? new TracingValues(t.windowMonths()) : null,
                    v instanceof TipOffDeadlines d ? new TipOffDeadlineValues(new TreeMap<>(d.daysFromStatus()
                            .entrySet().stream().collect(java.util.stream.Collectors.toMap(e -> e.getKey().name(),
                                    Map.Entry::getValue)))) : null,
                    v instanceof DishonestyListPeriods l ? new DishonestyPeriodValues(l.rules().objectionDays(),
                            l.rules().managementYears(), l.rules().earlyRemovalAfterMonths()) : null);
        }

        private static RewardValues reward(RewardRules r) {
            Map<String, Long> perDeath = new TreeMap<>();
            r.perConcealedDeath().forEach((accidentClass, amount) -> perDeath.put(accidentClass.name(), amount.fen()));
            return new RewardValues(r.name(), r.jurisdiction() == null ? null : r.jurisdiction().value(),
                    r.fineBasisPoints(), r.floor().fen(), r.cap().fen(), perDeath, r.concealedDeathCap().fen());
        }
    }

    @Schema(description = "A declared day of the working-day calendar")
    record CalendarDayView(LocalDate day, @Schema(allowableValues = {"HOLIDAY", "ADJUSTED_WORKING_DAY"}) String kind,
            String kindLabel, String name) {

        static CalendarDayView of(CalendarDay day) {
            return new CalendarDayView(day.day(), day.kind().name(), day.kind().label(), day.name());
        }
    }

    @Schema(description = "Every version of the rules enforcement decides by, and the declared calendar days")
    record RulesView(LocalDate today, List<RuleVersionView> versions, List<CalendarDayView> calendarDays) {
    }
}
