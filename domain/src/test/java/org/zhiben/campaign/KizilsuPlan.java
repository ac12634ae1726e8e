package org.zhiben.campaign;

import java.time.LocalDate;
import java.util.List;

import org.zhiben.shared.UnitCode;

/** A part of the Kizilsu plan (克安〔2024〕5号), as test data: its five phases and three of its key tasks. */
final class KizilsuPlan implements CampaignPlans {

    static final UnitCode SAFETY_OFFICE = UnitCode.of("SAFETY_OFFICE");
    static final UnitCode EMERGENCY_MANAGEMENT = UnitCode.of("EMB");
    static final UnitCode HOUSING = UnitCode.of("HOUSING");
    static final UnitCode FIRE_RESCUE = UnitCode.of("FIRE_RESCUE");
    static final UnitCode ARTUX = UnitCode.of("ARTUX");
    static final UnitCode AKTO = UnitCode.of("AKTO");
    static final UnitCode TORUGART_PORT = UnitCode.of("TORUGART_PORT");
    /** A unit that exists but is neither a member unit nor a county government. */
    static final UnitCode MINE_RESCUE_TEAM = UnitCode.of("MINE_RESCUE_TEAM");

    static final CampaignUnits UNITS = new CampaignUnits() {
        private final List<UnitCode> members =
                List.of(SAFETY_OFFICE, EMERGENCY_MANAGEMENT, HOUSING, FIRE_RESCUE, TORUGART_PORT);
        private final List<UnitCode> counties = List.of(ARTUX, AKTO);

        @Override
        public boolean exists(UnitCode unit) {
            return members.contains(unit) || counties.contains(unit) || unit.equals(MINE_RESCUE_TEAM);
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

    static CampaignSchedule campaignSchedule() {
        return new CampaignSchedule(List.of(
                phase(1, "MOBILISATION", "动员部署", "mobilisation", "2024-01-01", "2024-03-11"),
                phase(2, "RECTIFICATION", "综合整治", "comprehensive rectification", "2024-03-12", "2024-12-31"),
                phase(3, "GOVERNANCE", "强化治理", "strengthening governance", "2025-01-01", "2025-12-31"),
                phase(4, "CONSOLIDATION", "巩固提升", "consolidation", "2026-01-01", "2026-09-30"),
                phase(5, "EVALUATION", "总结评估", "summary and evaluation", "2026-10-01", "2026-12-31")));
    }

    static Phase phase(int number, String code, String name, String nameEn, String startsOn, String endsOn) {
        return new Phase(number, code, name, nameEn, LocalDate.parse(startsOn), LocalDate.parse(endsOn), null,
                List.of());
    }

    /** Task 15: the emergency command centres; lead EMB, responsible "各县(市)人民政府". */
    static KeyTask commandCentres() {
        return new KeyTask(15, 7, "加快推进应急指挥部建设", "Emergency command centres", "2026年底前基本形成…应急指挥部体系。",
                List.of(EMERGENCY_MANAGEMENT), List.of(ResponsibleParty.Collective.COUNTY_GOVERNMENTS), null,
                List.of(new Milestone("T15-M1", LocalDate.of(2026, 12, 31), "县(市)应急指挥部体系基本形成", false)));
    }

    /** Task 16: risk monitoring and early warning; lead the committee office, "自治州安委会有关成员单位分工负责". */
    static KeyTask riskMonitoring() {
        return new KeyTask(16, 7, "安全风险监测预警", "Risk monitoring and early warning", "加快推动安全生产监管模式向事前预防数字化转型…",
                List.of(SAFETY_OFFICE), List.of(ResponsibleParty.Collective.RELEVANT_MEMBER_UNITS),
                "原文作“自治州安委会办公室局”",
                List.of(new Milestone("T16-M1", LocalDate.of(2024, 12, 31), "建设完善高危企业安全生产电力监测分析系统", false),
                        new Milestone("T16-M2", LocalDate.of(2025, 12, 31), "重大危险源、重点粉尘涉爆企业监测预警全覆盖", false),
                        new Milestone("T16-M3", LocalDate.of(2026, 12, 31), "风险智能化管控能力显著增强", false)));
    }

    /** A task that lists one unit by name as responsible, and no collective. */
    static KeyTask taskListingHousing() {
        return new KeyTask(40, 8, "自建房整治", "Self-built houses", "存在安全隐患自建房整治全覆盖。", List.of(FIRE_RESCUE),
                List.of(ResponsibleParty.unit(HOUSING)), null,
                List.of(new Milestone("T40-M1", LocalDate.of(2025, 12, 31), "自建房整治全覆盖", false)));
    }

    @Override
    public CampaignSchedule schedule() {
        return campaignSchedule();
    }

    @Override
    public List<TaskGroup> groups() {
        return List.of(new TaskGroup(7, "着力抓安全科技引领支撑", "Technology"),
                new TaskGroup(8, "着力抓项目工程专项治理", "Engineering programmes"));
    }

    @Override
    public List<KeyTask> tasks() {
        return List.of(commandCentres(), riskMonitoring(), taskListingHousing());
    }

    @Override
    public List<Assignment> assignments() {
        return List.of();
    }
}
