package org.zhiben.hazards.notices;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionOperations;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.EscalationStep;
import org.zhiben.hazards.HazardDetermined;
import org.zhiben.hazards.HazardEscalated;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardLevel;
import org.zhiben.hazards.application.RegisterHazard;
import org.zhiben.platform.testing.Eventually;
import org.zhiben.platform.testing.TestMailServer;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.shared.DomainEvent;
import org.zhiben.shared.UnitCode;

/**
 * One Spring Modulith {@link Scenario} per listener of the hazards' events: the event is published in a transaction,
 * and the listener's effect appears after the commit, on the listener's thread. Task 23: "及时将重大事故隐患信息通知到
 * 相关企业的主要负责人、实际控制人"; task 25 for the escalation steps.
 */
@SpringBootTest
// MockMvc, unused here, makes this the configuration of the MockMvc tests: one cached context serves all
@AutoConfigureMockMvc
@EnableScenarios
class HazardNoticeListenersTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ClauseReference CLAUSE = new ClauseReference("FIREWORKS-2017", "5");

    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    RegisterHazard register;
    @Autowired
    Transactions transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    NoticeFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new NoticeFixtures(enterprises, register, transactions, jdbc, clock);
    }

    @Test
    void inbox_a_hazard_determined_major_gives_the_principal_and_the_actual_controller_one_notice_each_however_often_it_is_delivered(
            Scenario scenario) {
        UUID enterprise = fixtures.enterprise(null, null);
        HazardDetermined event = determinedMajor(enterprise, fixtures.reported(enterprise));

        scenario.stimulate((TransactionOperations tx, ApplicationEventPublisher publisher) -> {
                    tx.executeWithoutResult(status -> publisher.publishEvent(event));
                    // delivered again once the first delivery is done, as after a republication
                    Eventually.await(() -> fixtures.incompletePublications(event.eventId(), InboxNotices.class),
                            incomplete -> incomplete == 0);
                    tx.executeWithoutResult(status -> publisher.publishEvent(event));
                })
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> fixtures.publications(event.eventId(), InboxNotices.class) == 2
                        && fixtures.incompletePublications(event.eventId(), InboxNotices.class) == 0)
                .andVerify(done -> assertThat(fixtures.inbox(enterprise)).containsExactly(
                        "ACTUAL_CONTROLLER:MAJOR_HAZARD_REGISTERED:" + event.eventId(),
                        "PRINCIPAL:MAJOR_HAZARD_REGISTERED:" + event.eventId()));
    }

    @Test
    void inbox_a_general_hazard_gives_no_notice(Scenario scenario) {
        UUID enterprise = fixtures.enterprise(null, null);
        HazardId hazard = fixtures.reported(enterprise);
        HazardDetermined general = new HazardDetermined(DomainEvent.newEventId(), hazard, enterprise,
                NoticeFixtures.AKTO, NoticeFixtures.FIREWORKS, HazardLevel.GENERAL, null, clock.instant());

        scenario.publish(general)
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> fixtures.publications(general.eventId(), InboxNotices.class) == 1
                        && fixtures.incompletePublications(general.eventId(), InboxNotices.class) == 0)
                .andVerify(done -> assertThat(fixtures.inbox(enterprise)).isEmpty());
    }

    @Test
    void inbox_an_escalation_step_gives_both_a_notice_with_the_step_the_deadline_and_the_days_overdue(
            Scenario scenario) {
        UUID enterprise = fixtures.enterprise(null, null);
        HazardEscalated event = escalated(enterprise, fixtures.reported(enterprise));

        scenario.publish(event)
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> jdbc.queryForList("select params ->> 'step' || '/' || "
                        + "(params ->> 'deadline') || '/' || (params ->> 'daysOverdue') from hazards.notification "
                        + "where event_id = ?", String.class, event.eventId()), rows -> rows.size() == 2)
                .andVerify(rows -> assertThat(rows).containsOnly("WARNING_LETTER/2024-03-10/1"));
    }

    @Test
    void mail_a_hazard_determined_major_is_mailed_to_the_principal_and_the_actual_controller(Scenario scenario) {
        String principal = address("principal");
        String controller = address("controller");
        UUID enterprise = fixtures.enterprise(principal, controller);
        HazardDetermined event = determinedMajor(enterprise, fixtures.reported(enterprise));

        scenario.publish(event)
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> TestMailServer.to(principal).size() + TestMailServer.to(controller).size(),
                        mails -> mails == 2)
                .andVerify(mails -> assertThat(subject(TestMailServer.to(principal).get(0)))
                        .startsWith("【重大事故隐患通知】通知测试企业").endsWith("成品仓库"));
    }

    @Test
    void mail_an_escalation_step_is_mailed_with_the_step(Scenario scenario) {
        String principal = address("principal");
        UUID enterprise = fixtures.enterprise(principal, null);
        HazardEscalated event = escalated(enterprise, fixtures.reported(enterprise));

        scenario.publish(event)
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> TestMailServer.to(principal), mails -> !mails.isEmpty())
                .andVerify(mails -> {
                    assertThat(mails).hasSize(1);
                    assertThat(subject(mails.get(0))).startsWith("【隐患整改逾期·函告】");
                    assertThat(body(mails.get(0))).contains("整改期限：2024年3月10日")
                            .contains("逾期天数：1 天");
                });
    }

    private HazardDetermined determinedMajor(UUID enterprise, HazardId hazard) {
        return new HazardDetermined(DomainEvent.newEventId(), hazard, enterprise, NoticeFixtures.AKTO,
                NoticeFixtures.FIREWORKS, HazardLevel.MAJOR, CLAUSE, clock.instant());
    }

    private HazardEscalated escalated(UUID enterprise, HazardId hazard) {
        return new HazardEscalated(DomainEvent.newEventId(), hazard, enterprise, NoticeFixtures.AKTO,
                NoticeFixtures.FIREWORKS, HazardLevel.MAJOR, EscalationStep.WARNING_LETTER, UnitCode.of("ACO"),
                LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 10), 1, clock.instant());
    }

    private static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@mail-test.example.cn";
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
