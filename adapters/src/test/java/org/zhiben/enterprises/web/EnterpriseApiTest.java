package org.zhiben.enterprises.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.platform.testing.TestCallers;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
class EnterpriseApiTest {

    static final RequestPostProcessor ADMIN = TestCallers.committeeAdmin();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_registered_enterprise_is_created_with_its_location_and_version_and_high_risk_follows_from_the_industry() {
        String creditCode = TestCreditCodes.random();
        MvcTestResult created = register(creditCode, "克州化工有限公司" + token(), "653001", "HAZARDOUS_CHEMICALS");

        assertThat(created).hasStatus(HttpStatus.CREATED)
                .hasHeader(HttpHeaders.ETAG, "\"0\"")
                .bodyJson().extractingPath("$.highRisk").isEqualTo(true);
        String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
        assertThat(location).startsWith("/api/v1/enterprises/");

        assertThat(mvc.get().uri(location).with(ADMIN)).hasStatusOk()
                .hasHeader(HttpHeaders.ETAG, "\"0\"")
                .bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.creditCode").isEqualTo(creditCode);
                    assertThat(json).extractingPath("$.principal.phone").isEqualTo("13912345678");
                    assertThat(json).extractingPath("$.actualController.phone").isEqualTo("0908-4221234");
                    assertThat(json).extractingPath("$.standardisationGrade").isEqualTo("LEVEL_2");
                });
    }

    @Test
    void a_credit_code_with_a_wrong_check_character_is_refused_on_the_field_creditCode_and_nothing_is_stored() {
        String wrong = TestCreditCodes.withWrongCheckCharacter(TestCreditCodes.random());

        assertThat(register(wrong, "错误代码企业" + token(), "653001", "INDUSTRY_TRADE"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.errors[0].field").isEqualTo("creditCode");
                    assertThat(json).extractingPath("$.errors[0].code").isEqualTo("enterprise.credit-code.check");
                });
        assertThat(jdbc.queryForObject("select count(*) from enterprises.enterprise where credit_code = ?",
                Integer.class, wrong)).isZero();
    }

    @Test
    void a_credit_code_already_registered_is_refused_with_409() {
        String creditCode = TestCreditCodes.random();
        assertThat(register(creditCode, "首次登记企业" + token(), "653001", "INDUSTRY_TRADE"))
                .hasStatus(HttpStatus.CREATED);

        assertThat(register(creditCode, "重复登记企业" + token(), "653022", "INDUSTRY_TRADE"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson().extractingPath("$.code").isEqualTo("enterprise.credit-code.taken");
        assertThat(jdbc.queryForObject("select count(*) from enterprises.enterprise where credit_code = ?",
                Integer.class, creditCode)).isEqualTo(1);
    }

    @Test
    void an_unknown_jurisdiction_is_refused_on_its_field() {
        assertThat(register(TestCreditCodes.random(), "无属地企业" + token(), "659999", "INDUSTRY_TRADE"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.errors[0].field").isEqualTo("jurisdiction");
                    assertThat(json).extractingPath("$.errors[0].code").isEqualTo("enterprise.jurisdiction.unknown");
                });
    }

    @Test
    void an_update_with_the_current_version_is_stored_and_raises_the_version() {
        String location = locationOf(register(TestCreditCodes.random(), "更新前企业" + token(), "653001",
                "INDUSTRY_TRADE"));

        assertThat(update(location, "\"0\"", "更新后企业" + token(), "HAZARDOUS_CHEMICALS"))
                .hasStatusOk()
                .hasHeader(HttpHeaders.ETAG, "\"1\"")
                .bodyJson().extractingPath("$.highRisk").isEqualTo(true);
        assertThat(mvc.get().uri(location).with(ADMIN)).hasHeader(HttpHeaders.ETAG, "\"1\"")
                .bodyJson().extractingPath("$.industry").isEqualTo("HAZARDOUS_CHEMICALS");
    }

    @Test
    void an_update_against_a_stale_version_is_refused_with_412() {
        String location = locationOf(register(TestCreditCodes.random(), "并发企业" + token(), "653001",
                "INDUSTRY_TRADE"));
        assertThat(update(location, "\"0\"", "第一次修改" + token(), "INDUSTRY_TRADE")).hasStatusOk();

        assertThat(update(location, "\"0\"", "基于旧版本的修改" + token(), "INDUSTRY_TRADE"))
                .hasStatus(HttpStatus.PRECONDITION_FAILED)
                .bodyJson().extractingPath("$.code").isEqualTo("concurrency.stale-version");
        assertThat(mvc.get().uri(location).with(ADMIN)).hasHeader(HttpHeaders.ETAG, "\"1\"");
    }

    @Test
    void an_update_without_if_match_is_refused_with_428() {
        String location = locationOf(register(TestCreditCodes.random(), "无前提企业" + token(), "653001",
                "INDUSTRY_TRADE"));

        assertThat(update(location, null, "盲改" + token(), "INDUSTRY_TRADE"))
                .hasStatus(HttpStatus.PRECONDITION_REQUIRED)
                .bodyJson().extractingPath("$.code").isEqualTo("concurrency.if-match.required");
        assertThat(mvc.get().uri(location).with(ADMIN)).hasHeader(HttpHeaders.ETAG, "\"0\"");
    }

    @Test
    void the_list_filters_by_jurisdiction_industry_and_name_and_masks_the_phones() {
        String token = token();
        register(TestCreditCodes.random(), "阿图什企业" + token + "-A", "653001", "INDUSTRY_TRADE");
        register(TestCreditCodes.random(), "阿图什企业" + token + "-B", "653001", "HAZARDOUS_CHEMICALS");
        register(TestCreditCodes.random(), "阿图什企业" + token + "-C", "653024", "INDUSTRY_TRADE");

        assertThat(mvc.get().uri("/api/v1/enterprises?jurisdiction=653001&industry=INDUSTRY_TRADE&q={q}&size=5",
                token.toUpperCase()).with(ADMIN)).hasStatusOk().bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.totalItems").isEqualTo(1);
                    assertThat(json).extractingPath("$.size").isEqualTo(5);
                    assertThat(json).extractingPath("$.items[0].name").isEqualTo("阿图什企业" + token + "-A");
                    assertThat(json).extractingPath("$.items[0].principal.phone").isEqualTo("139****5678");
                    assertThat(json).extractingPath("$.items[0].actualController.phone").isEqualTo("090****1234");
                });
        assertThat(mvc.get().uri("/api/v1/enterprises?q={q}&page=1&size=2", token).with(ADMIN)).hasStatusOk()
                .bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.totalItems").isEqualTo(3);
                    assertThat(json).extractingPath("$.page").isEqualTo(1);
                    assertThat(json).extractingPath("$.items.length()").isEqualTo(1);
                    assertThat(json).extractingPath("$.items[0].name").isEqualTo("阿图什企业" + token + "-C");
                });
    }

    @Test
    void e_mail_addresses_are_stored_with_a_lower_case_domain_in_full_in_the_detail_and_masked_in_lists() {
        String token = token();
        MvcTestResult created = mvc.post().uri("/api/v1/enterprises").with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"creditCode": "%s", "name": "邮箱企业%s", "jurisdiction": "653001",
                         "industry": "INDUSTRY_TRADE", "address": "阿图什市光明路1号",
                         "principalName": "张三", "principalPhone": "13912345678",
                         "principalEmail": " zhangsan@Example.CN ",
                         "controllerName": "李四", "controllerPhone": "0908-4221234", "controllerEmail": ""}
                        """.formatted(TestCreditCodes.random(), token)).exchange();
        String location = locationOf(created);

        assertThat(mvc.get().uri(location).with(ADMIN)).hasStatusOk().bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.principal.email").isEqualTo("zhangsan@example.cn");
            assertThat(json).extractingPath("$.actualController.email").isNull();
        });
        assertThat(mvc.get().uri("/api/v1/enterprises?q={q}", token).with(ADMIN)).hasStatusOk().bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.items[0].principal.email").isEqualTo("z***@example.cn");
                    assertThat(json).extractingPath("$.items[0].actualController.email").isNull();
                });
        assertThat(jdbc.queryForObject("SELECT principal_email FROM enterprises.enterprise WHERE id = ?::uuid",
                String.class, location.substring(location.lastIndexOf('/') + 1))).isEqualTo("zhangsan@example.cn");
    }

    @Test
    void an_invalid_e_mail_is_refused_on_its_field_without_repeating_it_and_nothing_is_stored() throws Exception {
        String creditCode = TestCreditCodes.random();
        MvcTestResult refused = mvc.post().uri("/api/v1/enterprises").with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"creditCode": "%s", "name": "错误邮箱企业", "jurisdiction": "653001",
                         "industry": "INDUSTRY_TRADE", "address": "阿图什市光明路1号",
                         "principalName": "张三", "principalPhone": "13912345678",
                         "principalEmail": "zhangsan-at-example.cn",
                         "controllerName": "李四", "controllerPhone": "0908-4221234"}
                        """.formatted(creditCode)).exchange();

        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.errors[0].field").isEqualTo("principalEmail");
            assertThat(json).extractingPath("$.errors[0].code").isEqualTo("enterprise.person.email.invalid");
        });
        assertThat(refused.getResponse().getContentAsString()).doesNotContain("zhangsan-at-example.cn");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM enterprises.enterprise WHERE credit_code = ?",
                Long.class, creditCode)).isZero();
    }

    @Test
    void an_enterprise_is_found_by_its_credit_code_in_any_case() {
        String creditCode = TestCreditCodes.random();
        register(creditCode, "按代码查询企业" + token(), "653001", "INDUSTRY_TRADE");

        assertThat(mvc.get().uri("/api/v1/enterprises/by-credit-code/{code}", creditCode.toLowerCase()).with(ADMIN))
                .hasStatusOk().bodyJson().extractingPath("$.creditCode").isEqualTo(creditCode);
        assertThat(mvc.get().uri("/api/v1/enterprises/by-credit-code/{code}", TestCreditCodes.random()).with(ADMIN))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/enterprises/by-credit-code/{code}", "123").with(ADMIN))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("creditCode");
    }

    private MvcTestResult register(String creditCode, String name, String jurisdiction, String industry) {
        return mvc.post().uri("/api/v1/enterprises").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
                {"creditCode": "%s", "name": "%s", "jurisdiction": "%s", "industry": "%s",
                 "address": "阿图什市光明路1号", "principalName": "张三", "principalPhone": "139 1234 5678",
                 "controllerName": "李四", "controllerPhone": "0908-4221234", "standardisationGrade": "二级"}
                """.formatted(creditCode, name, jurisdiction, industry)).exchange();
    }

    private MvcTestResult update(String location, String ifMatch, String name, String industry) {
        var request = mvc.put().uri(location).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
                {"name": "%s", "jurisdiction": "653001", "industry": "%s", "address": "阿图什市光明路2号",
                 "principalName": "张三", "principalPhone": "13912345678",
                 "controllerName": "李四", "controllerPhone": "0908-4221234", "status": "SUSPENDED"}
                """.formatted(name, industry));
        if (ifMatch != null) {
            request = request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.exchange();
    }

    private static String locationOf(MvcTestResult result) {
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return result.getResponse().getHeader(HttpHeaders.LOCATION);
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
