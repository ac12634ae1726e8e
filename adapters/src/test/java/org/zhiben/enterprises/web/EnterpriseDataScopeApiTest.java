package org.zhiben.enterprises.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiben.platform.testing.TestCallers.AKTO;
import static org.zhiben.platform.testing.TestCallers.ARTUX;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.enterprises.EnterprisePermissions;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.identity.application.RegisterApiClient;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.JurisdictionCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * “数据权限在读写处强制执行”: a county officer of Akto neither finds, reads nor changes an enterprise of Artux through
 * any URL; a department sees the enterprises of its industries; every change leaves an audit entry without personal
 * data.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EnterpriseDataScopeApiTest {

    static final RequestPostProcessor ADMIN = TestCallers.committeeAdmin();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RegisterApiClient registerApiClient;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void an_akto_officer_cannot_find_read_or_update_an_artux_enterprise() {
        String token = token();
        String artuxCode = TestCreditCodes.random();
        String artux = locationOf(register(ADMIN, artuxCode, "阿图什范围企业" + token, ARTUX, "INDUSTRY_TRADE"));
        String akto = locationOf(register(ADMIN, TestCreditCodes.random(), "阿克陶范围企业" + token, AKTO,
                "INDUSTRY_TRADE"));
        RequestPostProcessor aktoOfficer = TestCallers.countyOfficer(AKTO);

        assertThat(mvc.get().uri(artux).with(aktoOfficer)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/enterprises/by-credit-code/{code}", artuxCode).with(aktoOfficer))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(update(aktoOfficer, artux, "\"0\"", "改名企业" + token, AKTO)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri(artux).with(ADMIN)).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"0\"");

        assertThat(mvc.get().uri(akto).with(aktoOfficer)).hasStatusOk();
        assertThat(names(mvc.get().uri("/api/v1/enterprises?q={q}", token).with(aktoOfficer).exchange()))
                .containsExactly("阿克陶范围企业" + token);
        assertThat(names(mvc.get().uri("/api/v1/enterprises?q={q}&jurisdiction=" + ARTUX, token).with(aktoOfficer)
                .exchange())).isEmpty();
    }

    @Test
    void an_akto_officer_may_not_register_an_artux_enterprise_nor_move_one_of_theirs_to_artux() {
        String code = TestCreditCodes.random();
        assertThat(register(TestCallers.countyOfficer(AKTO), code, "越界企业" + token(), ARTUX, "INDUSTRY_TRADE"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/enterprises/by-credit-code/{code}", code).with(ADMIN))
                .hasStatus(HttpStatus.NOT_FOUND);

        String own = locationOf(register(TestCallers.countyOfficer(AKTO), TestCreditCodes.random(),
                "本县企业" + token(), AKTO, "INDUSTRY_TRADE"));
        assertThat(update(TestCallers.countyOfficer(AKTO), own, "\"0\"", "迁出企业" + token(), ARTUX))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(own).with(ADMIN)).hasStatusOk().bodyJson().extractingPath("$.jurisdiction")
                .isEqualTo(AKTO);
    }

    @Test
    void an_enterprise_manager_may_not_move_their_enterprise_out_of_supervision_but_may_change_its_other_details() {
        String location = locationOf(register(ADMIN, TestCreditCodes.random(), "自管企业" + token(), AKTO,
                "HAZARDOUS_CHEMICALS"));
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        RequestPostProcessor manager = TestCallers.as(RoleAssignment.enterpriseManager(id));

        assertThat(put(manager, location, "\"0\"", ARTUX, "INDUSTRY_TRADE", "13912345678"))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.code")
                .isEqualTo("enterprise.jurisdiction.supervisor-only");
        assertThat(put(manager, location, "\"0\"", AKTO, "INDUSTRY_TRADE", "13912345678"))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.code")
                .isEqualTo("enterprise.industry.supervisor-only");
        assertThat(mvc.put().uri(location).with(manager).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.IF_MATCH, "\"0\"").content(body(AKTO, "HAZARDOUS_CHEMICALS", "13912345678")
                        .replace("{", "{\"creditCode\": \"" + TestCreditCodes.random() + "\", ")))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code")
                .isEqualTo("enterprise.credit-code.unchangeable");
        assertThat(mvc.get().uri(location).with(TestCallers.countyOfficer(AKTO))).hasStatusOk().bodyJson()
                .satisfies(body -> {
                    assertThat(body).extractingPath("$.industry").isEqualTo("HAZARDOUS_CHEMICALS");
                    assertThat(body).extractingPath("$.highRisk").isEqualTo(true);
                });

        assertThat(mvc.get().uri("/enterprises/{id}/edit", id).with(manager)).hasStatusOk().bodyText()
                .contains("id=\"supervision-locked\"", "<input type=\"hidden\" name=\"jurisdiction\" value=\"" + AKTO);
        assertThat(mvc.get().uri("/enterprises/{id}/edit", id).with(TestCallers.countyOfficer(AKTO))).hasStatusOk()
                .bodyText().doesNotContain("id=\"supervision-locked\"");

        assertThat(put(manager, location, "\"0\"", AKTO, "HAZARDOUS_CHEMICALS", "13800001111")).hasStatusOk()
                .hasHeader(HttpHeaders.ETAG, "\"1\"");
        assertThat(put(TestCallers.countyOfficer(AKTO), location, "\"1\"", AKTO, "INDUSTRY_TRADE", "13800001111"))
                .hasStatusOk().bodyJson().extractingPath("$.industry").isEqualTo("INDUSTRY_TRADE");
    }

    @Test
    void a_housing_officer_sees_urban_gas_and_construction_enterprises_but_not_hazardous_chemicals_ones() {
        String token = token();
        register(ADMIN, TestCreditCodes.random(), "燃气企业" + token, ARTUX, "URBAN_GAS");
        register(ADMIN, TestCreditCodes.random(), "建筑企业" + token, AKTO, "CONSTRUCTION");
        String chemicals = locationOf(register(ADMIN, TestCreditCodes.random(), "化工企业" + token, ARTUX,
                "HAZARDOUS_CHEMICALS"));
        RequestPostProcessor housing = TestCallers.departmentOfficer("HOUSING");

        assertThat(names(mvc.get().uri("/api/v1/enterprises?q={q}", token).with(housing).exchange()))
                .containsExactlyInAnyOrder("燃气企业" + token, "建筑企业" + token);
        assertThat(mvc.get().uri(chemicals).with(housing)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void an_import_by_an_akto_officer_stores_akto_rows_and_reports_artux_rows_as_out_of_scope() {
        String token = token();
        String aktoCode = TestCreditCodes.random();
        String artuxCode = TestCreditCodes.random();
        String csv = "creditCode,name,jurisdiction,industry,address,principalName,principalPhone,controllerName,"
                + "controllerPhone,standardisationGrade,status\n"
                + row(aktoCode, "导入阿克陶" + token, AKTO) + "\n" + row(artuxCode, "导入阿图什" + token, ARTUX) + "\n";

        MvcTestResult result = mvc.post().uri("/api/v1/enterprises/imports").with(TestCallers.countyOfficer(AKTO))
                .multipart().file(new MockMultipartFile("file", "enterprises.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).exchange();

        assertThat(result).hasStatusOk().bodyJson().satisfies(body -> {
            assertThat(body).extractingPath("$.created").isEqualTo(1);
            assertThat(body).extractingPath("$.rejected").isEqualTo(1);
            assertThat(body).extractingPath("$.errors[0].lineNumber").isEqualTo(3);
            assertThat(body).extractingPath("$.errors[0].code").isEqualTo("enterprise.import.out-of-scope");
        });
        assertThat(mvc.get().uri("/api/v1/enterprises/by-credit-code/{code}", aktoCode).with(ADMIN)).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/enterprises/by-credit-code/{code}", artuxCode).with(ADMIN))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void registering_and_updating_are_audited_by_field_names_and_codes_without_personal_data() {
        String location = locationOf(register(TestCallers.countyOfficer(AKTO), TestCreditCodes.random(),
                "审计企业" + token(), AKTO, "INDUSTRY_TRADE"));
        assertThat(update(TestCallers.countyOfficer(AKTO), location, "\"0\"", "审计企业改名" + token(), AKTO))
                .hasStatusOk();
        String id = location.substring(location.lastIndexOf('/') + 1);

        JsonNode entries = read(mvc.get().uri("/api/v1/audit/entries").param("entityType", "Enterprise")
                .param("entityId", id).with(TestCallers.auditor()).exchange()).get("items");
        List<String> actions = new ArrayList<>();
        entries.forEach(entry -> actions.add(entry.get("action").asString()));
        assertThat(actions).containsExactly("enterprise.updated", "enterprise.registered");
        JsonNode updated = entries.get(0);
        assertThat(updated.get("unitCode").asString()).isEqualTo("AKTO_GOV");
        assertThat(updated.get("role").asString()).isEqualTo("COUNTY_OFFICER");
        assertThat(updated.get("change").asString()).contains("changed=name,address,status", "jurisdiction=" + AKTO)
                .doesNotContain("审计企业", "13912345678", "张三");
        assertThat(mvc.get().uri("/api/v1/audit/verification").with(TestCallers.auditor())).hasStatusOk()
                .bodyJson().extractingPath("$.intact").isEqualTo(true);
    }

    @Test
    void an_api_client_granted_akto_sees_only_akto_enterprises() {
        String token = token();
        register(ADMIN, TestCreditCodes.random(), "接口阿克陶" + token, AKTO, "INDUSTRY_TRADE");
        String artux = locationOf(register(ADMIN, TestCreditCodes.random(), "接口阿图什" + token, ARTUX,
                "INDUSTRY_TRADE"));
        String accessToken = TestCallers.accessToken(registerApiClient, mvc,
                DataScope.jurisdiction(JurisdictionCode.of(AKTO)), EnterprisePermissions.READ);

        assertThat(names(mvc.get().uri("/api/v1/enterprises?q={q}", token).with(TestCallers.bearer(accessToken))
                .exchange())).containsExactly("接口阿克陶" + token);
        assertThat(mvc.get().uri(artux).with(TestCallers.bearer(accessToken))).hasStatus(HttpStatus.NOT_FOUND);
    }

    private MvcTestResult register(RequestPostProcessor caller, String creditCode, String name, String jurisdiction,
            String industry) {
        return mvc.post().uri("/api/v1/enterprises").with(caller).contentType(MediaType.APPLICATION_JSON).content("""
                {"creditCode": "%s", "name": "%s", "jurisdiction": "%s", "industry": "%s",
                 "address": "阿克陶县光明路1号", "principalName": "张三", "principalPhone": "13912345678",
                 "controllerName": "李四", "controllerPhone": "0908-4221234", "standardisationGrade": "二级"}
                """.formatted(creditCode, name, jurisdiction, industry)).exchange();
    }

    private MvcTestResult update(RequestPostProcessor caller, String location, String ifMatch, String name,
            String jurisdiction) {
        return mvc.put().uri(location).with(caller).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.IF_MATCH, ifMatch).content("""
                        {"name": "%s", "jurisdiction": "%s", "industry": "INDUSTRY_TRADE",
                         "address": "阿克陶县光明路2号", "principalName": "张三", "principalPhone": "13912345678",
                         "controllerName": "李四", "controllerPhone": "0908-4221234", "standardisationGrade": "二级",
                         "status": "SUSPENDED"}
                        """.formatted(name, jurisdiction)).exchange();
    }

    private MvcTestResult put(RequestPostProcessor caller, String location, String ifMatch, String jurisdiction,
            String industry, String principalPhone) {
        return mvc.put().uri(location).with(caller).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.IF_MATCH, ifMatch).content(body(jurisdiction, industry, principalPhone)).exchange();
    }

    private static String body(String jurisdiction, String industry, String principalPhone) {
        return """
                {"name": "自管企业", "jurisdiction": "%s", "industry": "%s",
                 "address": "阿克陶县光明路1号", "principalName": "张三", "principalPhone": "%s",
                 "controllerName": "李四", "controllerPhone": "0908-4221234", "standardisationGrade": "二级"}
                """.formatted(jurisdiction, industry, principalPhone);
    }

    private List<String> names(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        List<String> names = new ArrayList<>();
        read(result).get("items").forEach(item -> names.add(item.get("name").asString()));
        return names;
    }

    private JsonNode read(MvcTestResult result) {
        return json.readTree(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
    }

    private static String row(String creditCode, String name, String jurisdiction) {
        return String.join(",", creditCode, name, jurisdiction, "INDUSTRY_TRADE", "阿克陶县幸福路8号", "张三",
                "13912345678", "李四", "0908-4221234", "LEVEL_3", "");
    }

    private static String locationOf(MvcTestResult result) {
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return result.getResponse().getHeader(HttpHeaders.LOCATION);
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
