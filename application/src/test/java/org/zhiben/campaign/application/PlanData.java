package org.zhiben.campaign.application;

import static org.zhiben.campaign.ResponsibleParty.Collective.COUNTY_GOVERNMENTS;
import static org.zhiben.campaign.ResponsibleParty.Collective.RELEVANT_MEMBER_UNITS;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.zhiben.campaign.Assignment;
import org.zhiben.campaign.CampaignSchedule;
import org.zhiben.campaign.CampaignUnits;
import org.zhiben.campaign.KeyTask;
import org.zhiben.campaign.Milestone;
import org.zhiben.campaign.Phase;
import org.zhiben.campaign.ResponsibleParty;
import org.zhiben.campaign.TaskGroup;
import org.zhiben.shared.UnitCode;

/** Test data from the Kizilsu plan (克安〔2024〕5号): its phases and some of its key tasks and assignments. */
final class PlanData {

    static final ZoneId KIZILSU = ZoneId.of("Asia/Shanghai");

    static final UnitCode SAFETY_OFFICE = UnitCode.of("SAFETY_OFFICE");
    static final UnitCode EMERGENCY_MANAGEMENT = UnitCode.of("EMB");
    static final UnitCode HOUSING = UnitCode.of("HOUSING");
    static final UnitCode FIRE_RESCUE = UnitCode.of("FIRE_RESCUE");
    static final UnitCode WATER = UnitCode.of("WATER");
    static final UnitCode TRANSPORT = UnitCode.of("TRANSPORT");
    static final UnitCode ARTUX = UnitCode.of("ARTUX");
    static final UnitCode AKTO = UnitCode.of("AKTO_GOV");
    static final UnitCode IRKESHTAM_PORT = UnitCode.of("IRKESHTAM_PORT");

    static final CampaignUnits UNITS = new CampaignUnits() {
        private final List<UnitCode> members =
                List.of(SAFETY_OFFICE, EMERGENCY_MANAGEMENT, HOUSING, FIRE_RESCUE, WATER, TRANSPORT, IRKESHTAM_PORT);
        private final List<UnitCode> counties = List.of(ARTUX, AKTO);

        @Override
        public boolean exists(UnitCode unit) {
            return members.contains(unit) || counties.contains(unit);
        }

        @Override
        public List<UnitCode> memberUnits() {
            return members;
        }

        @Override
        public List<UnitCode> countyGovernments() {
            return counties;
        }
    };

    private PlanData() {
    }

    static Clock clockOn(LocalDate today) {
        return Clock.fixed(today.atTime(9, 30).atZone(KIZILSU).toInstant(), KIZILSU);
    }

    static InMemoryCampaignPlans plans() {
        return new InMemoryCampaignPlans(schedule(), groups(), List.of(
                // listed out of order on purpose: the ledger orders by number
                riskMonitoring(), trainingInstitutions(), commandCentres(), selfBuiltHouses(), hazardDatabase(),
                engineeringProgrammes()), assignments());
    }

    static CampaignSchedule schedule() {
        return new CampaignSchedule(List.of(
                phase(1, "MOBILISATION", "动员部署", "mobilisation", "2024-01-01", "2024-03-11"),
                phase(2, "RECTIFICATION", "综合整治", "comprehensive rectification", "2024-03-12", "2024-12-31"),
                phase(3, "GOVERNANCE", "强化治理", "strengthening governance", "2025-01-01", "2025-12-31"),
                phase(4, "CONSOLIDATION", "巩固提升", "consolidation", "2026-01-01", "2026-09-30"),
                phase(5, "EVALUATION", "总结评估", "summary and evaluation", "2026-10-01", "2026-12-31")));
    }

    private static Phase phase(int number, String code, String name, String nameEn, String startsOn, String endsOn) {
        return new Phase(number, code, name, nameEn, LocalDate.parse(startsOn), LocalDate.parse(endsOn), null,
                List.of());
    }

    private static List<TaskGroup> groups() {
        return List.of(new TaskGroup(4, "着力抓企业从业人员安全素质能力提升", "Workforce skills"),
                new TaskGroup(7, "着力抓安全科技引领支撑", "Technology"),
                new TaskGroup(8, "着力抓项目工程专项治理", "Engineering programmes"),
                new TaskGroup(9, "着力抓重大事故隐患动态清零", "Dynamic clearance of major hazards"));
    }

    private static Milestone milestone(String code, int year, int month, int day, String text) {
        return new Milestone(code, LocalDate.of(year, month, day), text, false);
    }

    /** 7. 2024年底前对不符合条件的机构实施清退. */
    static KeyTask trainingInstitutions() {
        return new KeyTask(7, 4, "培训机构条件复核", "Training institutions re-checked", "2024年底前对不符合条件的机构实施清退。",
                List.of(EMERGENCY_MANAGEMENT, HOUSING, FIRE_RESCUE), List.of(RELEVANT_MEMBER_UNITS), null,
                List.of(milestone("T7-M1", 2024, 12, 31, "不符合条件的培训机构清退")));
    }

    /** 15. 2026年底前基本形成…应急指挥部体系; responsible: 各县(市)人民政府. */
    static KeyTask commandCentres() {
        return new KeyTask(15, 7, "应急指挥部建设", "Emergency command centres", "加快推进县(市)应急指挥部建设。",
                List.of(EMERGENCY_MANAGEMENT), List.of(COUNTY_GOVERNMENTS), null,
                List.of(milestone("T15-M1", 2026, 12, 31, "应急指挥部体系基本形成")));
    }

    /** 16. risk monitoring and early warning, with three dated milestones. */
    static KeyTask riskMonitoring() {
        return new KeyTask(16, 7, "安全风险监测预警", "Risk monitoring and early warning", "持续加大安全风险监测预警系统建设应用。",
                List.of(SAFETY_OFFICE), List.of(RELEVANT_MEMBER_UNITS), "原文作“自治州安委会办公室局”",
                List.of(milestone("T16-M1", 2024, 12, 31, "高危企业安全生产电力监测分析系统"),
                        milestone("T16-M2", 2025, 12, 31, "重大危险源、重点粉尘涉爆企业监测预警全覆盖"),
                        milestone("T16-M3", 2026, 12, 31, "风险智能化管控能力显著增强")));
    }

    /** 19. engineering programmes, four lead units. */
    static KeyTask engineeringProgrammes() {
        return new KeyTask(19, 8, "项目工程专项治理", "Engineering programmes", "2025年底前基本实现城镇建成区消防供水全覆盖。",
                List.of(FIRE_RESCUE, HOUSING, WATER, TRANSPORT), List.of(RELEVANT_MEMBER_UNITS), null,
                List.of(milestone("T19-M1", 2025, 12, 31, "消防供水、自建房整治全覆盖")));
    }

    /** 23. the major-hazard database; the second milestone has no date in the plan. */
    static KeyTask hazardDatabase() {
        return new KeyTask(23, 9, "健全重大事故隐患数据库", "Major-hazard database", "2024年底前完善数据库运行管理机制。",
                List.of(SAFETY_OFFICE), List.of(RELEVANT_MEMBER_UNITS), null,
                List.of(milestone("T23-M1", 2024, 12, 31, "数据库运行管理机制完善"),
                        new Milestone("T23-M2", LocalDate.of(2026, 12, 31), "建立长效机制", true)));
    }

    /** A task that names one responsible unit explicitly. */
    static KeyTask selfBuiltHouses() {
        return new KeyTask(40, 8, "经营性自建房整治", "Self-built houses", "存在安全隐患自建房整治全覆盖。",
                List.of(FIRE_RESCUE), List.of(ResponsibleParty.unit(HOUSING)), null,
                List.of(milestone("T40-M1", 2025, 12, 31, "自建房整治全覆盖")));
    }

    private static List<Assignment> assignments() {
        return List.of(
                new Assignment(23, FIRE_RESCUE, "消防重点领域安全", "key fire-safety areas",
                        List.of("消防安全治本攻坚三年行动子方案"), false, null),
                new Assignment(11, HOUSING, "城镇燃气、城乡房屋建筑、房屋市政工程施工", "urban gas, buildings, construction",
                        List.of("城镇燃气(含瓶装液化石油气)安全生产", "房屋市政工程施工安全生产", "自建房安全生产"), false, null));
    }
}
