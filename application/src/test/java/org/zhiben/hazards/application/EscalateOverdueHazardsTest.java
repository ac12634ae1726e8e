package org.zhiben.hazards.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiben.hazards.application.HazardModule.ENTERPRISE_USER;
import static org.zhiben.hazards.application.HazardModule.INSPECTOR;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.hazards.EnterpriseContactRole;
import org.zhiben.hazards.EscalationStep;
import org.zhiben.hazards.HazardEscalated;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardNotificationKind;
import org.zhiben.hazards.HazardOverdue;
import org.zhiben.hazards.ListingLevel;
import org.zhiben.shared.Actor;
import org.zhiben.shared.UnitCode;

@DisplayName("对进展缓慢的及时采取函告、通报、约谈、曝光等措施")
class EscalateOverdueHazardsTest {

    private static final LocalDate START = LocalDate.of(2025, 5, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2025, 5, 31);
    private static final UnitCode OFFICE = UnitCode.of("SAFETY_COMMITTEE_OFFICE");
    private static final EscalateOverdueHazardsCommand RUN = new EscalateOverdueHazardsCommand(OFFICE, Actor.SYSTEM);

    private final HazardModule module = new HazardModule(START);

    @Test
    void the_whole_ladder_is_walked_day_by_day_as_the_hazard_stays_overdue() {
        HazardId id = module.rectifyingMajor(DEADLINE);
        Map<LocalDate, EscalationStep> stepsByDay = new LinkedHashMap<>();

        while (module.clock.today().isBefore(DEADLINE.plusDays(90))) {
            module.escalate.execute(RUN).forEach(e -> stepsByDay.put(e.on(), e.step()));
            module.clock.advanceDays(1);
        }

        assertThat(stepsByDay).containsExactly(
                Map.entry(DEADLINE.plusDays(1), EscalationStep.WARNING_LETTER),
                Map.entry(DEADLINE.plusDays(15), EscalationStep.CIRCULAR),
                Map.entry(DEADLINE.plusDays(30), EscalationStep.INTERVIEW),
                Map.entry(DEADLINE.plusDays(60), EscalationStep.PUBLIC_EXPOSURE));
        assertThat(module.hazards.get(id).escalations()).allSatisfy(r -> {
            assertThat(r.actingUnit()).isEqualTo(OFFICE);
            assertThat(r.actor()).isEqualTo(Actor.SYSTEM);
        });
        assertThat(module.events.ofType(HazardOverdue.class)).singleElement()
                .satisfies(e -> assertThat(e.deadline()).isEqualTo(DEADLINE));
        assertThat(module.events.ofType(HazardEscalated.class)).hasSize(4);
    }

    @Test
    @DisplayName("及时将重大事故隐患信息通知到相关企业的主要负责人、实际控制人")
    void each_step_is_notified_to_the_principal_and_the_actual_controller() {
        module.rectifyingMajor(DEADLINE);
        module.notifications.sent.clear();
        module.clock.setDay(DEADLINE.plusDays(1));

        module.escalate.execute(RUN);

        assertThat(module.notifications.sent).extracting(RecordingHazardNotifications.Notice::role)
                .containsExactlyInAnyOrder(EnterpriseContactRole.PRINCIPAL, EnterpriseContactRole.ACTUAL_CONTROLLER);
        assertThat(module.notifications.sent).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(HazardNotificationKind.ESCALATED);
            assertThat(n.params()).containsEntry("step", "WARNING_LETTER").containsEntry("stepLabel", "函告")
                    .containsEntry("daysOverdue", "1").containsEntry("deadline", DEADLINE.toString());
        });
    }

    @Test
    @DisplayName("逾期多久就升级到哪一步: a hazard found 100 days overdue is brought to 曝光 by one run, in ladder order")
    void one_run_catches_up_with_the_step_the_days_overdue_warrant() {
        HazardId id = module.rectifyingMajor(DEADLINE);
        module.clock.setDay(DEADLINE.plusDays(45));

        List<HazardEscalated> first = module.escalate.execute(RUN);
        List<HazardEscalated> second = module.escalate.execute(RUN);

        assertThat(first).extracting(HazardEscalated::step).containsExactly(EscalationStep.WARNING_LETTER,
                EscalationStep.CIRCULAR, EscalationStep.INTERVIEW);
        assertThat(first).allSatisfy(e -> assertThat(e.daysOverdue()).isEqualTo(45));
        assertThat(second).isEmpty();
        assertThat(HazardModule.POLICY.upcoming(module.hazards.get(id), module.clock.today()))
                .hasValueSatisfying(next -> {
                    assertThat(next.step()).isEqualTo(EscalationStep.PUBLIC_EXPOSURE);
                    assertThat(next.dueOn()).isEqualTo(DEADLINE.plusDays(60)).isAfter(module.clock.today());
                });
    }

    @Test
    void a_listed_hazard_is_escalated_by_its_supervising_unit() {
        HazardId id = module.rectifyingMajor(DEADLINE);
        UnitCode countyEmb = UnitCode.of("AKTO_EMB");
        module.list.execute(new ListHazardCommand(id, module.version(id), ListingLevel.COUNTY, countyEmb,
                UnitCode.of("AKTO_GOVERNMENT"), START, START.plusMonths(6), INSPECTOR));
        module.clock.setDay(DEADLINE.plusDays(1));

        assertThat(module.escalate.execute(RUN)).singleElement()
                .satisfies(e -> assertThat(e.actingUnit()).isEqualTo(countyEmb));
    }

    @Test
    void a_hazard_no_longer_overdue_stops_escalating() {
        HazardId id = module.rectifyingMajor(DEADLINE);
        module.clock.setDay(DEADLINE.plusDays(1));
        module.escalate.execute(RUN);
        module.requestExtension.execute(new RequestDeadlineExtensionCommand(id, module.version(id),
                DEADLINE.plusDays(45), ENTERPRISE_USER, "Valve on back order"));
        module.decideExtension.execute(new DecideDeadlineExtensionCommand(id, module.version(id), true, INSPECTOR,
                null));

        module.clock.setDay(DEADLINE.plusDays(20));
        assertThat(module.escalate.execute(RUN)).isEmpty();

        module.clock.setDay(DEADLINE.plusDays(46));
        assertThat(module.escalate.execute(RUN)).as("one day past the new deadline: the circular is not due yet")
                .isEmpty();
        module.clock.setDay(DEADLINE.plusDays(60));
        assertThat(module.escalate.execute(RUN)).as("15 days past the new deadline: the ladder goes on")
                .extracting(HazardEscalated::step).containsExactly(EscalationStep.CIRCULAR);
    }

    @Test
    void a_hazard_reported_rectified_is_not_escalated() {
        HazardId id = module.rectifyingMajor(DEADLINE);
        module.clock.setDay(DEADLINE);
        module.submit.execute(new SubmitRectificationCommand(id, module.version(id), HazardModule.evidence(),
                ENTERPRISE_USER, null));
        module.clock.setDay(DEADLINE.plusDays(20));

        assertThat(module.escalate.execute(RUN)).isEmpty();
        assertThat(module.hazards.get(id).escalations()).isEmpty();
    }
}
