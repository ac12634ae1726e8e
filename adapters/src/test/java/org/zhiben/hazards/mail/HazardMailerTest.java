package org.zhiben.hazards.mail;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseProfile;
import org.zhiben.enterprises.EnterpriseStatus;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.enterprises.Person;
import org.zhiben.enterprises.StandardisationGrade;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.enterprises.web.TestCreditCodes;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.shared.DomainEvents;
import org.zhiben.hazards.HazardFinding;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardLevelOutcome;
import org.zhiben.hazards.HazardDetermined;
import org.zhiben.hazards.storage.MajorHazards;
import org.zhiben.hazards.application.NotifyEnterprise;
import org.zhiben.hazards.application.HazardStore;
import org.zhiben.hazards.application.RegisterHazard;
import org.zhiben.hazards.application.RegisterHazardCommand;
import org.zhiben.hazards.storage.HazardInbox;
import org.zhiben.platform.testing.Eventually;
import org.zhiben.platform.testing.RecordedEvents;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.identity.CurrentActors;
import org.zhiben.shared.Actor;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/**
 * The e-mail channel must never cost the business change or the inbox: a mail server that refuses the connection
 * leaves the hazard registered and the inbox filled, and the failure is logged without the address or the names.
 * The hazard is registered through the application (its listeners fill the inbox after the commit); the mailer under
 * test is then given the registration's event directly, as its listener would.
 */
@SpringBootTest
// MockMvc, unused here, makes this the configuration of the MockMvc tests: one cached context serves all
@AutoConfigureMockMvc
class HazardMailerTest {

    private static final String PRINCIPAL_EMAIL = "wang.jianguo." + UUID.randomUUID() + "@mail-test.example.cn";

    @Autowired
    CurrentActors currentActors;
    @Autowired
    AuditRecorder audit;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    MajorHazards hazards;
    @Autowired
    org.zhiben.hazards.storage.HazardNumbering numbering;
    @Autowired
    DomainEvents events;
    @Autowired
    Transactions transactions;
    @Autowired
    MessageSource messages;
    @Autowired
    Clock clock;
    @Autowired
    HazardInbox inboxReader;
    @Autowired
    RecordedEvents recorded;

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureLog() {
        logged.start();
        ((Logger) LoggerFactory.getLogger(HazardMailer.class)).addAppender(logged);
    }

    @AfterEach
    void releaseLog() {
        ((Logger) LoggerFactory.getLogger(HazardMailer.class)).detachAppender(logged);
    }

    @Test
    void a_mail_server_that_is_down_leaves_the_hazard_registered_and_the_inbox_filled() throws IOException {
        UUID enterprise = enterpriseWithAddresses();
        AtomicInteger attempts = new AtomicInteger();
        JavaMailSenderImpl down = new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessage... messages) {
                attempts.incrementAndGet();
                super.send(messages);
            }
        };
        down.setHost("127.0.0.1");
        down.setPort(closedPort());
        HazardMailer mailer = new HazardMailer(true, down, "zhiben@test.local", "", enterprises, hazards,
                transactions, messages);

        HazardId id = register(enterprise, mailer);

        assertThat(attempts).hasValue(2);
        assertThat(transactions.read(() -> hazards.findById(id))).isPresent();
        awaitInbox(enterprise, 2);
        List<String> warnings = logged.list.stream().map(ILoggingEvent::getFormattedMessage)
                .filter(message -> message.startsWith("Hazard e-mail notice not sent")).toList();
        assertThat(warnings).hasSize(2).allSatisfy(message -> assertThat(message)
                .contains(id.value().toString()).contains(enterprise.toString())
                .doesNotContain("mail-test.example.cn").doesNotContain("王建国").doesNotContain("李明"));
        assertThat(warnings).anySatisfy(message -> assertThat(message).contains("recipient PRINCIPAL"))
                .anySatisfy(message -> assertThat(message).contains("recipient ACTUAL_CONTROLLER"));
        assertThat(logged.list).allSatisfy(event -> assertThat(event.getThrowableProxy()).isNull());
    }

    @Test
    void with_mail_off_only_the_inbox_is_filled() {
        UUID enterprise = enterpriseWithAddresses();
        AtomicInteger attempts = new AtomicInteger();
        JavaMailSenderImpl counting = new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessage... messages) {
                attempts.incrementAndGet();
            }
        };
        HazardMailer off = new HazardMailer(false, counting, "", "", enterprises, hazards, transactions, messages);

        register(enterprise, off);

        assertThat(attempts).hasValue(0);
        awaitInbox(enterprise, 2);
    }

    /** Registers a major hazard of the enterprise, then gives the registration's event to the mailer. */
    private HazardId register(UUID enterprise, HazardMailer mailer) {
        RegisterHazard registerHazard = new RegisterHazard(new HazardStore(hazards, numbering, events, currentActors,
                audit, clock));
        HazardFinding finding = new HazardFinding(enterprise, JurisdictionCode.of("653022"),
                IndustryCode.of("FIREWORKS"), "成品仓库", "仓库实际存药量超过核定药量", LocalDate.now(clock).minusDays(1),
                "检查组", DiscoveryChannel.SUPERVISORY_INSPECTION, "JC-" + UUID.randomUUID(), List.of());
        HazardId id = transactions.write(() -> registerHazard.execute(new RegisterHazardCommand(finding,
                HazardLevelOutcome.major(new ClauseReference("FIREWORKS-2017", "5")), Actor.SYSTEM)));
        HazardDetermined determined = recorded.ofType(HazardDetermined.class).stream()
                .filter(event -> event.hazardId().equals(id)).findFirst().orElseThrow();
        new NotifyEnterprise(hazards, mailer).execute(determined);
        return id;
    }

    private void awaitInbox(UUID enterprise, int notices) {
        assertThat(Eventually.await(() -> inboxReader.forEnterprise(enterprise), inbox -> inbox.size() >= notices))
                .hasSize(notices);
    }

    private UUID enterpriseWithAddresses() {
        Enterprise enterprise = Enterprise.register(EnterpriseId.newId(),
                UnifiedSocialCreditCode.of(TestCreditCodes.random()),
                new EnterpriseProfile("邮件故障测试企业" + UUID.randomUUID().toString().substring(0, 8),
                        JurisdictionCode.of("653022"), IndustryCode.of("FIREWORKS"), true, "阿克陶县测试路 2 号",
                        new Person("王建国", "13800000000", PRINCIPAL_EMAIL),
                        new Person("李明", "13900000000", "li.ming." + UUID.randomUUID() + "@mail-test.example.cn"),
                        StandardisationGrade.NONE, EnterpriseStatus.OPERATING));
        return transactions.write(() -> enterprises.save(enterprise)).id().value();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
