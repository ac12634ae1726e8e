package org.zhiben.hazards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.Person;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.enterprises.application.EnterpriseDetails;
import org.zhiben.enterprises.application.RegisterEnterprise;
import org.zhiben.enterprises.application.RegisterEnterpriseCommand;
import org.zhiben.identity.RolePermissions;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The prefecture's main sectors have a standard: the mines, 工贸 and city-gas standards are shipped and mapped to the
 * plan's industries, only the groups that fit an enterprise apply, a sector without a standard says so, and a new
 * version is put in force on a page after a confirmation.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StandardsForSectorsTest {

    static final RequestPostProcessor ADMIN = TestCallers.committeeAdmin();
    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String DAY = "2026-06-01";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterEnterprise registerEnterprise;

    @Autowired
    Transactions transactions;

    @Autowired
    RolePermissions rolePermissions;

    @Test
    void a_mine_finds_the_hoist_clause_of_the_metal_mines_standard() {
        var found = mvc.get().uri("/api/v1/standards/applicable-clauses?sector=MINES&date=" + DAY).with(ADMIN)
                .exchange();
        assertThat(found).hasStatusOk();
        assertThat(found).bodyJson().extractingPath("$.code").isEqualTo("METAL-MINES-2022");
        assertThat(found).bodyJson().extractingPath("$.clauses.length()").isEqualTo(64);
        assertThat(found).bodyJson().extractingPath("$.clauses[?(@.number == '1.22')].text").asArray()
                .singleElement().asString().startsWith("担负提升人员的提升系统").contains("提升设备的安全保护装置失效");
    }

    @Test
    void a_metallurgy_enterprise_finds_the_general_and_steel_clauses_of_the_industry_trade_standard_and_no_other_industry() {
        var metallurgy = mvc.get().uri("/api/v1/standards/applicable-clauses?sector=METALLURGY&date=" + DAY)
                .with(ADMIN).exchange();
        assertThat(metallurgy).hasStatusOk();
        assertThat(metallurgy).bodyJson().extractingPath("$.code").isEqualTo("INDUSTRY-TRADE-2023");
        assertThat(metallurgy).bodyJson().extractingPath("$.clauses[*].number").asArray()
                .contains("3.1", "4.1", "11.1", "14").doesNotContain("5.1");
        assertThat(mvc.get().uri("/api/v1/standards/applicable-clauses?sector=COMMERCE_RETAIL&date=" + DAY).with(ADMIN))
                .hasStatusOk().bodyJson().extractingPath("$.clauses[*].group").asArray()
                .doesNotContain("冶金", "有色", "建材").contains("通用", "通则");
        assertThat(mvc.get().uri("/api/v1/standards/applicable-clauses?sector=URBAN_GAS&date=" + DAY).with(ADMIN))
                .hasStatusOk().bodyJson().extractingPath("$.clauses.length()").isEqualTo(22);
    }

    @Test
    void a_sector_without_a_standard_says_so_in_the_api() {
        assertThat(mvc.get().uri("/api/v1/standards/applicable-clauses?sector=SCHOOLS&date=" + DAY).with(ADMIN))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().satisfies(body -> {
                    assertThat(body).extractingPath("$.code").isEqualTo("hazard.standard.none-for-sector");
                    assertThat(body).extractingPath("$.detail").asString().contains("教育系统").contains("一般隐患");
                });
        assertThat(mvc.get().uri("/api/v1/standards/in-force?sector=SCHOOLS&date=" + DAY).with(ADMIN))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().extractingPath("$.code").isEqualTo("hazard.standard.none-for-sector");
    }

    @Test
    void on_the_hazard_form_a_mine_finds_the_hoist_clause_and_a_school_is_told_there_is_no_standard() {
        Enterprise mine = register("MINES", "克州测试铁矿" + token());
        assertThat(mvc.get().uri("/hazards/new?creditCode={c}&discoveredOn={d}", mine.creditCode().value(), DAY)
                .with(ADMIN)).hasStatusOk().bodyText()
                .contains("METAL-MINES-2022").contains("METAL-MINES-2022|1.22").doesNotContain("report-no-standard");

        Enterprise school = register("SCHOOLS", "克州测试学校" + token());
        assertThat(mvc.get().uri("/hazards/new?creditCode={c}&discoveredOn={d}", school.creditCode().value(), DAY)
                .with(ADMIN)).hasStatusOk().bodyText()
                .contains("report-no-standard").contains("尚无适用的重大事故隐患判定标准").contains("教育系统");
    }

    @Test
    void a_new_version_is_put_in_force_on_its_page_only_after_a_confirmation_and_the_step_is_audited() {
        String code = "TEST-FIRE-" + token().toUpperCase().replaceAll("[^A-Z0-9]", "X");
        String yaml = """
                code: %s
                title: 测试重点检查事项
                document_number: 克应急〔2026〕1号
                issuer: 克州应急管理局
                effective_from: null
                supersedes: null
                sectors: [schools]
                clauses:
                  - number: '1'
                    group: null
                    text: 校舍未按规定进行安全鉴定。
                """.formatted(code);
        assertThat(mvc.post().uri("/api/v1/standards/imports").with(ADMIN).multipart()
                .file(new MockMultipartFile("file", "test.yaml", "application/yaml", yaml.getBytes(StandardCharsets.UTF_8))))
                .hasStatus(HttpStatus.CREATED);

        assertThat(mvc.get().uri("/standards/" + code).with(ADMIN)).hasStatusOk().bodyText()
                .contains("standard-put-in-force");
        assertThat(mvc.get().uri("/standards/" + code + "/in-force").with(ADMIN)).hasStatusOk().bodyText()
                .contains("standard-in-force-form");
        assertThat(mvc.get().uri("/standards/" + code + "/in-force").with(TestCallers.auditor()))
                .hasStatus(HttpStatus.FORBIDDEN);

        // no date: the field says so and nothing changes
        assertThat(mvc.post().uri("/standards/" + code + "/in-force").with(ADMIN).with(csrf()))
                .hasStatusOk().bodyText().contains("standard-effective-from-error");
        // a date is first shown for confirmation and not yet set
        assertThat(mvc.post().uri("/standards/" + code + "/in-force").with(ADMIN).with(csrf())
                .param("effectiveFrom", "2026-07-01"))
                .hasStatusOk().bodyText().contains("standard-in-force-confirm").contains("2026年7月1日");
        assertThat(effectiveFrom(code)).isNull();

        assertThat(mvc.post().uri("/standards/" + code + "/in-force").with(ADMIN).with(csrf())
                .param("effectiveFrom", "2026-07-01").param("confirmed", "true"))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/standards/" + code);
        assertThat(effectiveFrom(code)).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(jdbc.sql("select count(*) from audit.entry where entity_id = ? and action = 'standard.effective-from-set'")
                .param(code).query(Long.class).single()).isEqualTo(1);

        // once set, the date cannot be set again: the refusal is shown and nothing changes
        assertThat(mvc.post().uri("/standards/" + code + "/in-force").with(ADMIN).with(csrf())
                .param("effectiveFrom", "2026-08-01").param("confirmed", "true"))
                .hasStatusOk().bodyText().contains("standard-already-in-force");
        assertThat(effectiveFrom(code)).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    private LocalDate effectiveFrom(String code) {
        return jdbc.sql("select effective_from from hazards.determination_standard where code = ?").param(code)
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).list().get(0);
    }

    private Enterprise register(String industry, String name) {
        EnterpriseDetails details = new EnterpriseDetails(name, JurisdictionCode.of("653001"),
                IndustryCode.of(industry), "测试地址", new Person("周测试", "13800001111"),
                new Person("吴测试", "13800002222"), null, null);
        return TestCallers.asCommitteeAdmin(rolePermissions, () -> transactions.write(() -> registerEnterprise
                .register(new RegisterEnterpriseCommand(UnifiedSocialCreditCode.of(creditCode()), details))));
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String creditCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder first17 = new StringBuilder("91653001");
        for (int i = 0; i < 9; i++) {
            first17.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
        }
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += CHARACTERS.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        int check = 31 - sum % 31;
        return first17.toString() + CHARACTERS.charAt(check == 31 ? 0 : check);
    }
}
