package org.zhiben.reporting.web.admin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardFinding;
import org.zhiben.hazards.HazardLevelOutcome;
import org.zhiben.hazards.ListingLevel;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.RectificationPlan;
import org.zhiben.hazards.application.ListHazard;
import org.zhiben.hazards.application.ListHazardCommand;
import org.zhiben.hazards.application.RegisterHazard;
import org.zhiben.hazards.application.RegisterHazardCommand;
import org.zhiben.hazards.application.SetRectificationPlan;
import org.zhiben.hazards.application.SetRectificationPlanCommand;
import org.zhiben.identity.RolePermissions;
import org.zhiben.platform.testing.MutableClock;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.shared.Actor;
import org.zhiben.training.TrainingFixtures;

/**
 * Major hazards the dashboard tests arrange through the hazards module's use cases, as the committee office: one
 * registered major 40 days ago, with a plan whose deadline passed 20 days ago (overdue today) and, if asked, listed
 * under supervision since then. The clock is put back afterwards.
 */
record DashboardFixtures(EnterpriseStore enterprises, RegisterHazard register, SetRectificationPlan plan,
        ListHazard list, MutableClock clock, RolePermissions permissions) {

    static final Actor OFFICE = new Actor("dashboard-setup", "COMMITTEE_ADMIN", "ACO");

    /** An overdue major hazard of a new enterprise in the jurisdiction and industry, listed if {@code listed}. */
    UUID overdueMajor(String jurisdiction, String industry, boolean listed) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Enterprise enterprise = TrainingFixtures.enterprise(enterprises, "看板测试企业", jurisdiction, industry, true);
        clock.setTo(today.minusDays(40).atTime(10, 0));
        try {
            return TestCallers.asCommitteeAdmin(permissions, () -> {
                MajorHazard hazard = register.register(new RegisterHazardCommand(new HazardFinding(
                        enterprise.id().value(), enterprise.jurisdiction(), enterprise.industry(), "储罐区",
                        "可燃气体报警未投用", today.minusDays(40), "dashboard-setup",
                        DiscoveryChannel.SUPERVISORY_INSPECTION, "DB-" + UUID.randomUUID(), List.of()),
                        HazardLevelOutcome.major(new ClauseReference("CHEM-2017", "5")), OFFICE));
                MajorHazard planned = plan.execute(new SetRectificationPlanCommand(hazard.id(), hazard.version(),
                        new RectificationPlan("赵六", "恢复报警系统", 500_000L, today.minusDays(20), "人工巡检"),
                        OFFICE, null));
                if (listed) {
                    list.execute(new ListHazardCommand(planned.id(), planned.version(), ListingLevel.PREFECTURE,
                            TestCallers.COMMITTEE_OFFICE, TestCallers.countyGovernment(jurisdiction),
                            today.minusDays(40), today.plusDays(60), OFFICE));
                }
                return hazard.id().value();
            });
        } finally {
            clock.reset();
        }
    }
}
