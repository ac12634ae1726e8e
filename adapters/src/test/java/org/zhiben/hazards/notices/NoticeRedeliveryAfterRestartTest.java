package org.zhiben.hazards.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.identity.RolePermissions;
import org.zhiben.ZhibenApplication;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.HazardDetermined;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardLevelOutcome;
import org.zhiben.hazards.application.DetermineHazardLevel;
import org.zhiben.hazards.application.DetermineHazardLevelCommand;
import org.zhiben.hazards.application.RegisterHazard;
import org.zhiben.platform.testing.Eventually;
import org.zhiben.platform.testing.RecordedEvents;
import org.zhiben.platform.testing.TestMailServer;
import org.zhiben.platform.testing.TestPostgres;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.shared.Actor;

/**
 * The event publication registry keeps an event whose listener failed, and the next start of the application delivers
 * it ({@code spring.modulith.events.republish-outstanding-events-on-restart=true}). The inbox is made to fail for one
 * enterprise by a trigger that refuses its rows (an outage of the inbox's storage); once the trigger is gone, a second
 * application started on the same database gives the notices, exactly once per recipient.
 */
@SpringBootTest
// MockMvc, unused here, makes this the configuration of the MockMvc tests: one cached context serves all
@AutoConfigureMockMvc
class NoticeRedeliveryAfterRestartTest {

    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    RegisterHazard register;
    @Autowired
    DetermineHazardLevel determine;
    @Autowired
    Transactions transactions;
    @Autowired
    RolePermissions rolePermissions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    RecordedEvents recorded;

    @Test
    void a_notice_whose_listener_failed_is_given_when_the_application_starts_again() {
        NoticeFixtures fixtures = new NoticeFixtures(enterprises, register, transactions, jdbc, clock);
        UUID enterprise = fixtures.enterprise(null, null);
        HazardId hazard = fixtures.reported(enterprise);
        String refusal = "hazards.refuse_notice_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.execute("create function " + refusal + "() returns trigger language plpgsql as "
                + "$$ begin raise exception 'inbox unavailable'; end $$");
        jdbc.execute("create trigger " + refusal.substring("hazards.".length()) + " before insert on "
                + "hazards.notification for each row when (new.enterprise_id = '" + enterprise + "') "
                + "execute function " + refusal + "()");
        UUID eventId;
        try {
            TestCallers.asCommitteeAdmin(rolePermissions, () -> transactions.write(() -> determine.execute(
                    new DetermineHazardLevelCommand(hazard, 0,
                            HazardLevelOutcome.major(new ClauseReference("FIREWORKS-2017", "5")), Actor.SYSTEM,
                            null))));
            eventId = recorded.ofType(HazardDetermined.class).stream().filter(e -> e.hazardId().equals(hazard))
                    .findFirst().orElseThrow().eventId();

            assertThat(Eventually.await(() -> failedPublications(eventId), failed -> failed == 1)).isEqualTo(1);
            assertThat(fixtures.inbox(enterprise)).isEmpty();
        } finally {
            jdbc.execute("drop trigger if exists " + refusal.substring("hazards.".length())
                    + " on hazards.notification");
            jdbc.execute("drop function if exists " + refusal + "()");
        }
        assertThat(fixtures.incompletePublications(eventId, InboxNotices.class)).isEqualTo(1);

        try (ConfigurableApplicationContext restarted = restart()) {
            assertThat(restarted.getBeanProvider(MailNotices.class).getIfAvailable())
                    .as("with mail off no mail listener, so no event is published to it").isNull();
            List<String> inbox = Eventually.await(() -> fixtures.inbox(enterprise), rows -> rows.size() >= 2);
            assertThat(inbox).containsExactly("ACTUAL_CONTROLLER:MAJOR_HAZARD_REGISTERED:" + eventId,
                    "PRINCIPAL:MAJOR_HAZARD_REGISTERED:" + eventId);
            assertThat(Eventually.await(() -> fixtures.incompletePublications(eventId, InboxNotices.class),
                    incomplete -> incomplete == 0)).isZero();
        }
        assertThat(fixtures.inbox(enterprise)).hasSize(2);
    }

    private int failedPublications(UUID eventId) {
        Integer failed = jdbc.queryForObject("select count(*) from event_publication where status = 'FAILED' "
                + "and completion_date is null and listener_id like ? and serialized_event like ?", Integer.class,
                InboxNotices.class.getName() + "%", "%" + eventId + "%");
        return failed == null ? 0 : failed;
    }

    /** A second instance of the application on the same database, as after a restart (mail off, any free port). */
    private static ConfigurableApplicationContext restart() {
        return new SpringApplicationBuilder(ZhibenApplication.class).properties(Map.of(
                "spring.datasource.url", TestPostgres.jdbcUrl(),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                "zhiben.embedded-postgres.enabled", "false",
                "zhiben.files.dir", TestPostgres.filesDir(),
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", Integer.toString(TestMailServer.port()),
                "zhiben.notifications.mail.enabled", "false"))
                // an argument, not a default property: application.yaml's ${PORT:8080} would win over that
                .run("--server.port=0");
    }
}
