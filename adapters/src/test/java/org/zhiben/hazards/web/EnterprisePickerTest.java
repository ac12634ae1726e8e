package org.zhiben.hazards.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiben.platform.testing.TestCallers.AKTO;
import static org.zhiben.platform.testing.TestCallers.ARTUX;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseProfile;
import org.zhiben.enterprises.EnterpriseStatus;
import org.zhiben.enterprises.Person;
import org.zhiben.enterprises.StandardisationGrade;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/**
 * The enterprise picker: part of a name or of a credit code finds the enterprise, within the caller's data scope only
 * (an enterprise of another county is not offered); the report form takes what was typed when exactly one enterprise
 * matches, and says on the field that an enterprise must be picked when none was; so does the account form.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EnterprisePickerTest {

    static final String CHOICES = "/api/v1/enterprises/choices";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    JdbcTemplate jdbc;

    String fragment;
    Enterprise inAkto;
    Enterprise inArtux;

    @BeforeEach
    void setUp() {
        fragment = "拣选" + org.zhiben.platform.testing.TestNames.letters();
        inAkto = enterprise("阿克陶" + fragment + "化工有限公司", AKTO);
        inArtux = enterprise("阿图什" + fragment + "化工有限公司", ARTUX);
    }

    @Test
    void part_of_a_name_or_credit_code_finds_the_enterprise_within_the_callers_scope_only() {
        RequestPostProcessor akto = TestCallers.countyOfficer(AKTO);
        assertThat(choices(akto, fragment)).contains(inAkto.id().value().toString()).contains(inAkto.name())
                .contains(inAkto.creditCode().value()).doesNotContain(inArtux.name());
        assertThat(choices(TestCallers.countyOfficer(ARTUX), fragment)).contains(inArtux.name())
                .doesNotContain(inAkto.name());
        assertThat(choices(TestCallers.committeeAdmin(), fragment)).contains(inAkto.name()).contains(inArtux.name());
        assertThat(choices(TestCallers.as(RoleAssignment.enterpriseManager(inArtux.id().value())), fragment))
                .contains(inArtux.name()).doesNotContain(inAkto.name());

        String codePart = inAkto.creditCode().value().substring(6, 16).toLowerCase();
        assertThat(choices(akto, codePart)).contains(inAkto.name());
        assertThat(choices(akto, "  ")).isEqualTo("[]");
        assertThat(mvc.get().uri(CHOICES).param("q", "化".repeat(101)).with(akto)).hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].code").isEqualTo("enterprise.choices.text-too-long");
    }

    @Test
    void the_report_form_takes_the_one_enterprise_typed_and_asks_to_pick_one_otherwise() {
        RequestPostProcessor akto = TestCallers.countyOfficer(AKTO);
        String nonePicked = "请从列表中选择企业";

        assertThat(reportForm(akto, fragment + "不存在")).contains(nonePicked);
        // the Artux enterprise is out of the Akto officer's scope: typing its full name finds nothing to take
        assertThat(reportForm(akto, inArtux.name())).contains(nonePicked);
        assertThat(jdbc.queryForObject("select count(*) from hazards.major_hazard where enterprise_id = ?",
                Long.class, inArtux.id().value())).isZero();

        MvcTestResult taken = report(akto, inAkto.name().substring(2));
        assertThat(taken).hasStatus3xxRedirection();
        assertThat(jdbc.queryForObject("select count(*) from hazards.major_hazard where enterprise_id = ?",
                Long.class, inAkto.id().value())).isEqualTo(1);
    }

    @Test
    void the_account_form_asks_to_pick_the_enterprise_of_an_enterprise_manager() {
        String page = body(mvc.post().uri("/admin/users").with(TestCallers.committeeAdmin())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("username", "picker-" + UUID.randomUUID().toString().substring(0, 6))
                .param("displayName", "企业安全员").param("roles", "ENTERPRISE_MANAGER")
                .param("enterpriseQuery", fragment).param("enterpriseId", "").exchange());
        assertThat(page).contains("请从列表中选择企业").contains("value=\"" + fragment + "\"");

        String typed = body(mvc.post().uri("/admin/users").with(TestCallers.committeeAdmin())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("username", "picker-" + UUID.randomUUID().toString().substring(0, 6))
                .param("displayName", "企业安全员").param("roles", "ENTERPRISE_MANAGER")
                .param("enterpriseId", inAkto.name()).exchange());
        assertThat(typed).contains("请从列表中选择企业").doesNotContain("格式不正确");
    }

    private String reportForm(RequestPostProcessor caller, String typed) {
        MvcTestResult result = report(caller, typed);
        assertThat(result).hasStatusOk();
        return body(result);
    }

    private MvcTestResult report(RequestPostProcessor caller, String typed) {
        return mvc.post().uri("/hazards/new").with(caller).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("enterpriseQuery", typed).param("creditCode", "")
                .param("discoveredOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString())
                .param("channel", "SUPERVISORY_INSPECTION").param("location", "储罐区")
                .param("description", "液位计失效").param("sourceReference", "JC-" + UUID.randomUUID())
                .param("clause", "").exchange();
    }

    private String choices(RequestPostProcessor caller, String text) {
        MvcTestResult result = mvc.get().uri(CHOICES).param("q", text).with(caller).exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }

    private static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private Enterprise enterprise(String name, String jurisdiction) {
        return enterprises.save(Enterprise.register(EnterpriseId.newId(), HazardApiSupport.randomCreditCode(),
                new EnterpriseProfile(name, JurisdictionCode.of(jurisdiction), IndustryCode.of("HAZARDOUS_CHEMICALS"),
                        true, "测试路 1 号", new Person("张三", "13800000000"), new Person("李四", "13900000000"),
                        StandardisationGrade.NONE, EnterpriseStatus.OPERATING)));
    }
}
