package org.zhiben.hazards.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.platform.testing.MutableClock;
import org.zhiben.platform.testing.TestMailServer;
import tools.jackson.databind.JsonNode;

/**
 * E-mail notices to the principal and the actual controller, sent through the test JVM's SMTP server (mail is enabled
 * for every test context). Task 23: "及时将重大事故隐患信息通知到相关企业的主要负责人、实际控制人". Mails leave one by
 * one after the commit, in order: a test that expects no mail waits for a later mail to another enterprise instead.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HazardMailApiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    MutableClock clock;

    HazardApiSupport api;

    @BeforeEach
    void setUp() {
        api = new HazardApiSupport(mvc, enterprises);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_major_hazard_is_mailed_to_the_principal_and_the_actual_controller_in_chinese() throws Exception {
        String principal = address("principal");
        String controller = address("controller");
        UUID enterprise = api.enterprise("653022", "FIREWORKS", principal, controller);

        api.registered(major(enterprise, LocalDate.now(clock).minusDays(1)));

        List<MimeMessage> toPrincipal = TestMailServer.awaitTo(principal, 1, WAIT);
        List<MimeMessage> toController = TestMailServer.awaitTo(controller, 1, WAIT);
        assertThat(toPrincipal).hasSize(1);
        assertThat(toController).hasSize(1);
        MimeMessage mail = toPrincipal.get(0);
        assertThat(mail.getSubject()).startsWith("【重大事故隐患通知】测试企业").endsWith("成品仓库");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("zhiben@test.local");
        String body = mail.getContent().toString();
        assertThat(body).contains("主要负责人").contains("隐患等级：重大事故隐患").contains("隐患部位：成品仓库")
                .contains("整改期限：尚未确定").contains("请登录");
        assertThat(toController.get(0).getContent().toString()).contains("实际控制人");
    }

    @Test
    void a_general_hazard_is_not_mailed() {
        String principal = address("principal");
        UUID enterprise = api.enterprise("653022", "FIREWORKS", principal, address("controller"));
        Map<String, Object> general = major(enterprise, LocalDate.now(clock).minusDays(1));
        general.remove("clause");
        assertThat(api.registered(general).get("level").asString()).isEqualTo("GENERAL");

        String later = address("later");
        api.registered(major(api.enterprise("653022", "FIREWORKS", later, null), LocalDate.now(clock)));

        assertThat(TestMailServer.awaitTo(later, 1, WAIT)).hasSize(1);
        assertThat(TestMailServer.to(principal)).isEmpty();
    }

    @Test
    void an_enterprise_without_addresses_gets_inbox_notices_and_no_mail() {
        int before = TestMailServer.get().getReceivedMessages().length;
        UUID enterprise = api.enterprise("653022", "FIREWORKS");
        api.registered(major(enterprise, LocalDate.now(clock).minusDays(1)));

        String later = address("later");
        api.registered(major(api.enterprise("653022", "FIREWORKS", later, null), LocalDate.now(clock)));

        assertThat(TestMailServer.awaitTo(later, 1, WAIT)).hasSize(1);
        assertThat(TestMailServer.get().getReceivedMessages().length - before).isEqualTo(1);
        JsonNode inbox = api.inbox(enterprise, 2);
        List<String> roles = new ArrayList<>();
        inbox.forEach(n -> roles.add(n.get("recipientRole").asString() + ":" + n.get("kind").asString()));
        assertThat(roles).containsExactlyInAnyOrder("PRINCIPAL:MAJOR_HAZARD_REGISTERED",
                "ACTUAL_CONTROLLER:MAJOR_HAZARD_REGISTERED");
    }

    @Test
    void an_escalation_step_is_mailed_with_the_step_the_deadline_and_the_days_overdue() throws Exception {
        clock.setTo(LocalDateTime.of(2024, 3, 1, 9, 0));
        String principal = address("principal");
        String controller = address("controller");
        UUID enterprise = api.enterprise("653022", "FIREWORKS", principal, controller);
        UUID id = UUID.fromString(api.registered(major(enterprise, LocalDate.of(2024, 2, 28))).get("id").asString());
        api.changed("POST", id, "/rectification-plan", 0, Map.of("responsiblePerson", "赵六",
                "measures", "转移超量药物", "fundsFen", 50_000, "deadline", "2024-03-10",
                "contingencyPlan", "暂停作业"));
        assertThat(TestMailServer.awaitTo(principal, 1, WAIT)).hasSize(1);

        clock.setTo(LocalDateTime.of(2024, 3, 11, 9, 0));
        MvcTestResult run = mvc.post().uri(HazardApiSupport.BASE + "/escalations/runs")
                .with(HazardApiSupport.ADMIN).exchange();
        assertThat(run).hasStatusOk();

        List<MimeMessage> toPrincipal = TestMailServer.awaitTo(principal, 2, WAIT);
        assertThat(toPrincipal).hasSize(2);
        assertThat(TestMailServer.awaitTo(controller, 2, WAIT)).hasSize(2);
        MimeMessage escalation = toPrincipal.get(1);
        assertThat(escalation.getSubject()).startsWith("【隐患整改逾期·函告】");
        assertThat(escalation.getContent().toString()).contains("整改期限：2024年3月10日").contains("逾期天数：1 天")
                .contains("督办措施：函告");
    }

    private static Map<String, Object> major(UUID enterprise, LocalDate discoveredOn) {
        return new HashMap<>(Map.of("enterpriseId", enterprise, "location", "成品仓库",
                "description", "仓库实际存药量超过核定药量", "discoveredOn", discoveredOn.toString(),
                "channel", "SUPERVISORY_INSPECTION", "sourceReference", "JC-" + UUID.randomUUID(),
                "clause", Map.of("standardCode", "FIREWORKS-2017", "clauseNumber", "5")));
    }

    private static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@mail-test.example.cn";
    }
}
