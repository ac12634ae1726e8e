package org.zhiben.hazards.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhiben.platform.testing.TestCallers.AKTO;
import static org.zhiben.platform.testing.TestCallers.ARTUX;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.hazards.Inbox;
import org.zhiben.identity.Role;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.platform.testing.TestNames;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.UnitCode;
import tools.jackson.databind.JsonNode;

/**
 * The inbox other modules post to ({@link Inbox}): a notice to an enterprise reaches the enterprise's own users and
 * those whose data scope covers it, not others; a notice to a unit reaches the users of that unit only; each is
 * written in the reader's language from the posting module's bundle, a date as the pages write it; a second post with
 * the same key adds nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GeneralInboxTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    Inbox inbox;
    @Autowired
    Transactions transactions;
    @Autowired
    JdbcTemplate jdbc;

    HazardApiSupport api;

    @BeforeEach
    void setUp() {
        api = new HazardApiSupport(mvc, enterprises);
    }

    @Test
    void a_notice_to_an_enterprise_reaches_its_users_and_its_supervisors_in_their_language_once_per_key() {
        UUID enterprise = transactions.write(() -> api.enterprise(AKTO, "FIREWORKS"));
        String holder = "王" + TestNames.letters();
        String key = "test.certificate-expiring:" + UUID.randomUUID();
        Inbox.Post post = Inbox.Post.toEnterprise(key, enterprise, "training.inbox.certificate-expiring",
                List.of(holder, "0427", "T653022" + TestNames.letters(), LocalDate.of(2026, 12, 2)),
                "/training/certificates");

        assertThat(transactions.write(() -> inbox.post(post))).isTrue();
        assertThat(transactions.write(() -> inbox.post(post))).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from hazards.notification where post_key = ?", Integer.class,
                key)).isEqualTo(1);

        RequestPostProcessor manager = TestCallers.as(RoleAssignment.enterpriseManager(enterprise));
        JsonNode mine = notice(inboxOf(manager, "zh-CN"), holder);
        assertThat(mine).isNotNull();
        assertThat(mine.get("text").asString()).isEqualTo(holder + "（身份证尾号 0427）的特种作业操作证（证号 "
                + post.arguments().get(2) + "）将于 2026年12月2日 到期，请及时复审或换证");
        assertThat(mine.get("link").asString()).isEqualTo("/training/certificates");
        assertThat(mine.get("enterpriseId").asString()).isEqualTo(enterprise.toString());
        assertThat(mine.get("kind").isNull()).isTrue();
        assertThat(notice(inboxOf(manager, "en"), holder).get("text").asString())
                .isEqualTo("The special-operation certificate of " + holder + " (ID number ending 0427), number "
                        + post.arguments().get(2) + ", expires on 2 December 2026: have it reviewed or renewed in time");
        assertThat(notice(inboxOf(TestCallers.countyOfficer(AKTO), "zh-CN"), holder)).isNotNull();
        assertThat(notice(inboxOf(TestCallers.countyOfficer(ARTUX), "zh-CN"), holder)).isNull();
        assertThat(notice(inboxOf(TestCallers.departmentOfficer("EDU"), "zh-CN"), holder)).isNull();

        String page = page(manager);
        assertThat(page).contains(holder + "（身份证尾号 0427）的特种作业操作证").contains("2026年12月2日")
                .contains("href=\"/training/certificates\"").contains(">企业<");
    }

    @Test
    void a_notice_to_a_unit_reaches_the_users_of_that_unit_only_and_is_marked_read_by_each() {
        String holder = "李" + TestNames.letters();
        String key = "test.unit-reminder:" + UUID.randomUUID();
        transactions.write(() -> inbox.post(Inbox.Post.toUnit(key, UnitCode.of("EMB"),
                "training.inbox.certificate-expired", List.of(holder, "0427", "T" + TestNames.letters(),
                        LocalDate.of(2024, 2, 29)), null)));

        RequestPostProcessor embOfficer = TestCallers.departmentOfficer("EMB");
        RequestPostProcessor embInspector = TestCallers.as(RoleAssignment.ofJurisdiction(UnitCode.of("EMB"),
                org.zhiben.shared.JurisdictionCode.of(AKTO), Role.INSPECTOR));
        JsonNode notice = notice(inboxOf(embOfficer, "zh-CN"), holder);
        assertThat(notice).isNotNull();
        assertThat(notice.get("unit").asString()).isEqualTo("EMB");
        assertThat(notice.get("text").asString()).contains("已于 2024年2月29日 到期");
        assertThat(notice(inboxOf(embInspector, "zh-CN"), holder)).isNotNull();
        assertThat(notice(inboxOf(TestCallers.departmentOfficer("EDU"), "zh-CN"), holder)).isNull();
        // a prefecture-wide reader of another unit sees every enterprise's notices, but not another unit's
        assertThat(notice(inboxOf(TestCallers.committeeAdmin(), "zh-CN"), holder)).isNull();

        String page = page(embOfficer);
        assertThat(page).contains(holder + "（身份证尾号 0427）的特种作业操作证").contains(">州应急管理局<");
        UUID id = UUID.fromString(notice.get("id").asString());
        assertThat(mvc.post().uri("/inbox/{id}/read", id).with(embOfficer)).hasStatus3xxRedirection();
        assertThat(notice(inboxOf(embOfficer, "zh-CN"), holder).get("readAt").isNull()).isFalse();
        assertThat(notice(inboxOf(embInspector, "zh-CN"), holder).get("readAt").isNull()).isTrue();
        assertThat(mvc.post().uri("/inbox/{id}/read", id).with(TestCallers.departmentOfficer("EDU")))
                .hasStatus(404);
    }

    @Test
    void a_post_to_an_unknown_enterprise_or_with_a_link_outside_the_application_is_refused() {
        assertThatThrownBy(() -> transactions.write(() -> inbox.post(Inbox.Post.toEnterprise(
                "test.unknown:" + UUID.randomUUID(), UUID.randomUUID(), "training.inbox.certificate-expired",
                List.of(), null)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Inbox.Post.toUnit("test.link", UnitCode.of("EMB"),
                "training.inbox.certificate-expired", List.of(), "https://example.org/"))
                .isInstanceOf(InvalidValueException.class);
    }

    private JsonNode inboxOf(RequestPostProcessor caller, String language) {
        MvcTestResult result = mvc.get().uri("/api/v1/inbox").header("Accept-Language", language).with(caller)
                .exchange();
        assertThat(result).hasStatusOk();
        return api.read(result);
    }

    private static JsonNode notice(JsonNode notices, String holder) {
        for (JsonNode notice : notices) {
            if (notice.get("text").asString().contains(holder)) {
                return notice;
            }
        }
        return null;
    }

    private String page(RequestPostProcessor caller) {
        MvcTestResult result = mvc.get().uri("/inbox").with(caller).exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
