package org.zhiben.campaign.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.zhiben.campaign.Assignment;
import org.zhiben.campaign.CampaignPlans;
import org.zhiben.campaign.ReportingObligation;
import org.zhiben.campaign.ReportingObligations;
import org.zhiben.campaign.SubPlan;
import org.zhiben.campaign.SubPlanSubmissions;
import org.zhiben.shared.UnitCode;

/**
 * The ledger's sub-plans (子方案) with their owner, due day and status today: each title of an assignment belongs to
 * the assignment's unit, is due on the day of the plan's obligation {@value #OBLIGATION} ("于2024年3月18日前将安全生产
 * 治本攻坚三年行动方案报送自治州安委会办公室") and stands as the owner's submission stands ({@link SubPlanSubmissions}).
 */
public class ReadSubPlans {

    /** The code of the plan's reporting obligation that sets the sub-plans' due day. */
    public static final String OBLIGATION = "PLANS_DUE";

    private final CampaignPlans plans;
    private final ReportingObligations obligations;
    private final SubPlanSubmissions submissions;
    private final Clock clock;

    public ReadSubPlans(CampaignPlans plans, ReportingObligations obligations, SubPlanSubmissions submissions,
                        Clock clock) {
        this.plans = plans;
        this.obligations = obligations;
        this.submissions = submissions;
        this.clock = clock;
    }

    /**
     * The sub-plans in the order of the assignments and their titles: every unit's, or only those {@code owner} owns
     * when it is not null.
     */
    public List<SubPlan> subPlans(UnitCode owner) {
        LocalDate due = obligations.findAll().stream().filter(o -> OBLIGATION.equals(o.code()))
                .map(ReportingObligation::due).findFirst().orElse(null);
        LocalDate today = LocalDate.now(clock);
        Map<UnitCode, SubPlanSubmissions.Standing> standings = submissions.standings();
        return plans.assignments().stream()
                .filter(assignment -> owner == null || assignment.unit().equals(owner))
                .sorted(Comparator.comparingInt(Assignment::number))
                .flatMap(assignment -> assignment.subPlans().stream().map(title -> SubPlan.of(assignment, title, due,
                        standings.getOrDefault(assignment.unit(), SubPlanSubmissions.Standing.NONE), today)))
                .toList();
    }
}
