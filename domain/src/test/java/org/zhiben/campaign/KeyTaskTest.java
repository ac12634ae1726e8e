package org.zhiben.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.campaign.KizilsuPlan.ARTUX;
import static org.zhiben.campaign.KizilsuPlan.EMERGENCY_MANAGEMENT;
import static org.zhiben.campaign.KizilsuPlan.FIRE_RESCUE;
import static org.zhiben.campaign.KizilsuPlan.HOUSING;
import static org.zhiben.campaign.KizilsuPlan.MINE_RESCUE_TEAM;
import static org.zhiben.campaign.KizilsuPlan.SAFETY_OFFICE;
import static org.zhiben.campaign.KizilsuPlan.TORUGART_PORT;
import static org.zhiben.campaign.KizilsuPlan.UNITS;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.UnitCode;

class KeyTaskTest {

    private static final Milestone END_OF_CAMPAIGN =
            new Milestone("T1-M1", LocalDate.of(2026, 12, 31), "形成长效机制", true);

    private static KeyTask task(int number, List<UnitCode> leads, List<Milestone> milestones) {
        return new KeyTask(number, 1, "源头管控", "Source control", "推动建立安全生产风险评估会商机制。", leads,
                List.of(ResponsibleParty.Collective.RELEVANT_MEMBER_UNITS), null, milestones);
    }

    @Test
    void a_task_is_numbered_from_1_to_999() {
        assertThatThrownBy(() -> task(0, List.of(EMERGENCY_MANAGEMENT), List.of(END_OF_CAMPAIGN)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("campaign.number.out-of-range"));
        assertThatThrownBy(() -> task(1000, List.of(EMERGENCY_MANAGEMENT), List.of(END_OF_CAMPAIGN)))
                .isInstanceOf(InvalidValueException.class);
        assertThat(task(999, List.of(EMERGENCY_MANAGEMENT), List.of(END_OF_CAMPAIGN)).number()).isEqualTo(999);
    }

    @Test
    @DisplayName("每项任务都有牵头单位")
    void a_task_without_a_lead_unit_is_refused() {
        assertThatThrownBy(() -> task(1, List.of(), List.of(END_OF_CAMPAIGN)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("task.leadUnits"));
    }

    @Test
    void a_task_without_a_milestone_is_refused() {
        assertThatThrownBy(() -> task(1, List.of(EMERGENCY_MANAGEMENT), List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("task.milestones"));
    }

    @Test
    void two_milestones_of_a_task_cannot_share_a_code() {
        Milestone again = new Milestone("T1-M1", LocalDate.of(2024, 12, 31), "另一节点", false);
        assertThatThrownBy(() -> task(1, List.of(EMERGENCY_MANAGEMENT), List.of(END_OF_CAMPAIGN, again)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("campaign.task.duplicate-milestone"));
    }

    @Test
    void a_milestone_is_found_by_its_code_only_in_its_own_task() {
        KeyTask riskMonitoring = KizilsuPlan.riskMonitoring();
        assertThat(riskMonitoring.milestone("T16-M2")).map(Milestone::due).contains(LocalDate.of(2025, 12, 31));
        assertThat(riskMonitoring.milestone("T15-M1")).isEmpty();
    }

    @Test
    @DisplayName("牵头单位:自治州安委会办公室 — the lead unit is responsible for its task")
    void the_lead_unit_is_responsible() {
        assertThat(KizilsuPlan.commandCentres().isResponsible(EMERGENCY_MANAGEMENT, UNITS)).isTrue();
    }

    @Test
    void a_unit_listed_by_name_is_responsible_and_an_unlisted_member_unit_is_not() {
        KeyTask task = KizilsuPlan.taskListingHousing();
        assertThat(task.isResponsible(HOUSING, UNITS)).isTrue();
        assertThat(task.isResponsible(FIRE_RESCUE, UNITS)).isTrue();
        assertThat(task.isResponsible(SAFETY_OFFICE, UNITS)).isFalse();
    }

    @Test
    @DisplayName("责任单位:自治州安委会有关成员单位分工负责 — any member unit, and no one else")
    void any_member_unit_is_responsible_where_the_task_names_the_relevant_member_units() {
        KeyTask riskMonitoring = KizilsuPlan.riskMonitoring();
        assertThat(riskMonitoring.isResponsible(HOUSING, UNITS)).isTrue();
        assertThat(riskMonitoring.isResponsible(ARTUX, UNITS)).isFalse();
        assertThat(riskMonitoring.isResponsible(MINE_RESCUE_TEAM, UNITS)).isFalse();
    }

    @Test
    @DisplayName("责任单位:各县(市)人民政府 — every county and the city; the plan names the ports beside them "
            + "(\"各县(市)人民政府、口岸管委会\") where it means them, so not here; no member unit")
    void county_governments_are_responsible_where_the_task_names_the_county_governments() {
        KeyTask commandCentres = KizilsuPlan.commandCentres();
        assertThat(commandCentres.isResponsible(ARTUX, UNITS)).isTrue();
        assertThat(commandCentres.isResponsible(KizilsuPlan.AKTO, UNITS)).isTrue();
        assertThat(commandCentres.isResponsible(TORUGART_PORT, UNITS)).isFalse();
        assertThat(commandCentres.isResponsible(HOUSING, UNITS)).isFalse();
    }

    @Test
    void names_means_a_lead_unit_or_a_unit_listed_by_name_not_a_member_of_a_collective() {
        assertThat(KizilsuPlan.taskListingHousing().names(HOUSING)).isTrue();
        assertThat(KizilsuPlan.riskMonitoring().names(SAFETY_OFFICE)).isTrue();
        assertThat(KizilsuPlan.riskMonitoring().names(HOUSING)).isFalse();
    }

    @Test
    void a_responsible_party_is_read_as_a_collective_by_its_name_and_otherwise_as_a_unit_code() {
        assertThat(ResponsibleParty.of("RELEVANT_MEMBER_UNITS"))
                .isSameAs(ResponsibleParty.Collective.RELEVANT_MEMBER_UNITS);
        assertThat(ResponsibleParty.of("COUNTY_GOVERNMENTS")).isSameAs(ResponsibleParty.Collective.COUNTY_GOVERNMENTS);
        assertThat(ResponsibleParty.of("HOUSING")).isEqualTo(ResponsibleParty.unit(HOUSING));
        assertThatThrownBy(() -> ResponsibleParty.of("housing")).isInstanceOf(InvalidValueException.class);
    }
}
