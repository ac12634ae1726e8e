package org.zhiben.enforcement.persistence;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhiben.enforcement.DishonestyListRules;
import org.zhiben.enforcement.EnforcementRules;
import org.zhiben.enforcement.LegalCatalogue;
import org.zhiben.enforcement.MajorDecisionRule;
import org.zhiben.enforcement.PenaltyRuleVersion;
import org.zhiben.enforcement.ResponsibilityTracing;
import org.zhiben.enforcement.RewardRules;
import org.zhiben.enforcement.TipOffDeadlines;
import org.zhiben.enforcement.WorkingDayCalendar;
import org.zhiben.organization.Prefectures;
import org.zhiben.shared.JurisdictionCode;

/**
 * The versioned data enforcement decides by, as shipped: the task-24 long-overdue threshold (90 days), the national
 * reward rules of 2018, the catalogue of 安全生产法 articles, the major-decision rule, the 6-month tracing window, the
 * tip-off deadlines, a Monday-to-Friday calendar and the dishonesty list's periods; the prefecture is the loaded plan's.
 */
@Component
class ShippedEnforcementRules implements EnforcementRules {

    private final Prefectures prefectures;

    ShippedEnforcementRules(Prefectures prefectures) {
        this.prefectures = prefectures;
    }

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
    public WorkingDayCalendar calendar() {
        return WorkingDayCalendar.WEEKDAYS;
    }

    @Override
    public DishonestyListRules dishonestyRules() {
        return DishonestyListRules.SHIPPED;
    }

    @Override
    public JurisdictionCode prefecture() {
        return prefectures.current().jurisdiction();
    }
}
