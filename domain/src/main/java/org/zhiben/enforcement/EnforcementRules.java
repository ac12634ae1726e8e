package org.zhiben.enforcement;

import java.util.List;
import org.zhiben.shared.JurisdictionCode;

/**
 * The versioned data enforcement decides by (read-only port): every version of the task-24 penalty rule, of the reward
 * rules (the national set and the prefecture's raises), of the catalogue of articles, of the major-decision rule, of
 * the tracing window and of the tip-off deadlines; the working-day calendar, the dishonesty list's periods, and the
 * prefecture's own jurisdiction. Each use case picks the version in force on the day it concerns.
 */
public interface EnforcementRules {

    List<PenaltyRuleVersion> penaltyRules();

    List<RewardRules> rewardRules();

    List<LegalCatalogue> catalogues();

    List<MajorDecisionRule> majorDecisionRules();

    List<ResponsibilityTracing> tracingWindows();

    List<TipOffDeadlines> tipOffDeadlines();

    WorkingDayCalendar calendar();

    DishonestyListRules dishonestyRules();

    JurisdictionCode prefecture();
}
