package org.zhiben.enforcement;

import java.util.List;
import java.util.stream.Stream;
import org.zhiben.shared.JurisdictionCode;

/**
 * The versioned data enforcement decides by (read-only port): every version of the task-24 penalty rule, of the reward
 * rules (the national set and the prefecture's raises), of the catalogue of articles, of the major-decision rule, of
 * the tracing window, of the tip-off deadlines and of the dishonesty list's periods; the days of the working-day
 * calendar (holidays, adjusted working days), and the prefecture's own jurisdiction. Each use case picks the version
 * in force on the day it concerns.
 */
public interface EnforcementRules {

    /** The versions shipped with the software (the one source of their values): each kind's first version. */
    List<RuleVersion> SHIPPED_VERSIONS = List.of(PenaltyRuleVersion.SHIPPED, RewardRules.NATIONAL_2018,
            MajorDecisionRule.SHIPPED, ResponsibilityTracing.SHIPPED, TipOffDeadlines.SHIPPED,
            DishonestyListPeriods.SHIPPED);

    List<PenaltyRuleVersion> penaltyRules();

    List<RewardRules> rewardRules();

    List<LegalCatalogue> catalogues();

    List<MajorDecisionRule> majorDecisionRules();

    List<ResponsibilityTracing> tracingWindows();

    List<TipOffDeadlines> tipOffDeadlines();

    List<DishonestyListPeriods> dishonestyPeriods();

    /** The declared holidays and adjusted working days, by day. */
    List<CalendarDay> calendarDays();

    JurisdictionCode prefecture();

    /** Monday to Friday, with the declared holidays and adjusted working days. */
    default WorkingDayCalendar calendar() {
        return WorkingDayCalendar.of(calendarDays());
    }

    /** Every version of every kind (the catalogue of articles aside, which is kept as its own data). */
    default List<RuleVersion> versions() {
        return Stream.of(penaltyRules(), rewardRules(), majorDecisionRules(), tracingWindows(), tipOffDeadlines(),
                dishonestyPeriods()).flatMap(List::stream).map(RuleVersion.class::cast).toList();
    }

    /** The shipped data alone, for the prefecture {@code prefecture}: no holidays declared. */
    static EnforcementRules shipped(JurisdictionCode prefecture) {
        return new EnforcementRules() {
            @Override
            public List<PenaltyRuleVersion> penaltyRules() {
                return List.of(PenaltyRuleVersion.SHIPPED);
            }

            @Override
            public List<RewardRules> rewardRules() {
                return List.of(RewardRules.NATIONAL_2018);
            }

            @Override
            public List<LegalCatalogue> catalogues() {
                return List.of(LegalCatalogue.SHIPPED);
            }

            @Override
            public List<MajorDecisionRule> majorDecisionRules() {
                return List.of(MajorDecisionRule.SHIPPED);
            }

            @Override
            public List<ResponsibilityTracing> tracingWindows() {
                return List.of(ResponsibilityTracing.SHIPPED);
            }

            @Override
            public List<TipOffDeadlines> tipOffDeadlines() {
                return List.of(TipOffDeadlines.SHIPPED);
            }

            @Override
            public List<DishonestyListPeriods> dishonestyPeriods() {
                return List.of(DishonestyListPeriods.SHIPPED);
            }

            @Override
            public List<CalendarDay> calendarDays() {
                return List.of();
            }

            @Override
            public JurisdictionCode prefecture() {
                return prefecture;
            }
        };
    }
}
