package org.zhiben.hazards.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiben.hazards.application.HazardModule.CLAUSE;
import static org.zhiben.hazards.application.HazardModule.INSPECTOR;
import static org.zhiben.hazards.application.HazardModule.finding;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardDetermined;
import org.zhiben.hazards.HazardEscalated;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardLevelOutcome;
import org.zhiben.shared.Actor;
import org.zhiben.shared.UnitCode;

class NotifyEnterpriseTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 5, 1);

    private final HazardModule module = new HazardModule(TODAY);

    @Test
    void each_notice_names_the_event_it_was_given_for_so_that_a_channel_can_give_it_once() {
        HazardId id = module.register.execute(new RegisterHazardCommand(
                finding(TODAY, DiscoveryChannel.SUPERVISORY_INSPECTION), HazardLevelOutcome.major(CLAUSE), INSPECTOR));
        HazardDetermined determined = module.events.ofType(HazardDetermined.class).get(0);

        assertThat(module.notifications.sent).hasSize(2).allSatisfy(notice -> {
            assertThat(notice.eventId()).isEqualTo(determined.eventId());
            assertThat(notice.hazardId()).isEqualTo(id);
            assertThat(notice.params()).containsEntry("location", "Loading bay 2")
                    .containsEntry("number", module.hazards.get(id).number().value())
                    .containsEntry("discoveredOn", TODAY.toString());
        });
    }

    @Test
    void an_escalation_is_notified_with_the_deadline_and_the_days_overdue_the_event_recorded() {
        LocalDate deadline = TODAY.plusDays(10);
        module.rectifyingMajor(deadline);
        module.notifications.sent.clear();
        module.clock.setDay(deadline.plusDays(3));
        module.escalate.execute(new EscalateOverdueHazardsCommand(UnitCode.of("ACO"), Actor.SYSTEM));
        HazardEscalated escalated = module.events.ofType(HazardEscalated.class).get(0);
        module.notifications.sent.clear();
        module.clock.setDay(deadline.plusDays(40));

        module.notify.execute(escalated);

        assertThat(escalated.deadline()).isEqualTo(deadline);
        assertThat(escalated.daysOverdue()).isEqualTo(3);
        assertThat(module.notifications.sent).hasSize(2).allSatisfy(notice -> assertThat(notice.params())
                .containsEntry("deadline", deadline.toString()).containsEntry("daysOverdue", "3"));
    }
}
