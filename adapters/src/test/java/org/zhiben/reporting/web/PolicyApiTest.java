package org.zhiben.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.platform.testing.TestNames;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 附表2 over the API: "各级、各部门出台的相关安全生产制度类文件,印发后同时抄送自治州安委会办公室,详见附表2". A unit enters
 * its policies and uploads the issued document (checked by content); the committee office compiles every unit's lines,
 * a unit reads its own; bad input, a duplicate document number and a stale version are refused with problem details
 * and nothing changes; every change is audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PolicyApiTest {

    static final String POLICIES = "/api/v1/reporting/policies";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final byte[] PDF = "%PDF-1.4\n%policy\n".getBytes(StandardCharsets.US_ASCII);

    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_department_enters_a_policy_with_its_document_and_the_committee_office_compiles_it_while_others_do_not_see_it() {
        RequestPostProcessor housing = TestCallers.departmentOfficer("HOUSING");
        String number = "克州住建发〔2024〕" + TestNames.letters() + "号";
        MvcTestResult entered = enter(housing, "HOUSING", "燃气安全排查制度" + TestNames.letters(), number,
                TODAY.minusDays(3), "NORMATIVE_DOCUMENT");
        assertThat(entered).hasStatus(201);
        assertThat(entered.getResponse().getHeader("ETag")).isEqualTo("\"0\"");
        JsonNode line = body(entered);
        String id = line.get("id").asString();
        assertThat(line.get("unitName").asString()).isNotBlank().isNotEqualTo("HOUSING");
        assertThat(line.get("kindLabel").asString()).isEqualTo("规范性文件");
        assertThat(line.get("document").isNull()).isTrue();

        MvcTestResult attached = mvc.put().uri(POLICIES + "/" + id + "/document").with(housing)
                .multipart().file(new MockMultipartFile("file", "通知.pdf", "application/pdf", PDF))
                .header("If-Match", "\"0\"").exchange();
        assertThat(attached).hasStatusOk();
        assertThat(attached.getResponse().getHeader("ETag")).isEqualTo("\"1\"");
        assertThat(body(attached).get("document").get("fileName").asString()).isEqualTo("通知.pdf");
        MvcTestResult download = mvc.get().uri(POLICIES + "/" + id + "/document").with(TestCallers.committeeAdmin())
                .exchange();
        assertThat(download).hasStatusOk();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);

        JsonNode compiled = body(mvc.get().uri(POLICIES + "?unit=HOUSING&kind=NORMATIVE_DOCUMENT&size=200")
                .with(TestCallers.committeeAdmin()).exchange());
        assertThat(compiled.get("items").valueStream().map(n -> n.get("id").asString())).contains(id);
        JsonNode otherKind = body(mvc.get().uri(POLICIES + "?unit=HOUSING&kind=STANDARD&size=200")
                .with(TestCallers.committeeAdmin()).exchange());
        assertThat(otherKind.get("items").valueStream().map(n -> n.get("id").asString())).doesNotContain(id);
        JsonNode outOfPeriod = body(mvc.get().uri(POLICIES + "?issuedFrom=" + TODAY.minusDays(2) + "&size=200")
                .with(TestCallers.committeeAdmin()).exchange());
        assertThat(outOfPeriod.get("items").valueStream().map(n -> n.get("id").asString())).doesNotContain(id);
        JsonNode inPeriod = body(mvc.get().uri(POLICIES + "?issuedFrom=" + TODAY.minusDays(3) + "&issuedTo="
                + TODAY.minusDays(3) + "&size=200").with(TestCallers.committeeAdmin()).exchange());
        assertThat(inPeriod.get("items").valueStream().map(n -> n.get("id").asString())).contains(id);

        RequestPostProcessor akto = TestCallers.countyOfficer(TestCallers.AKTO);
        JsonNode aktoSees = body(mvc.get().uri(POLICIES + "?size=200").with(akto).exchange());
        assertThat(aktoSees.get("items").valueStream().map(n -> n.get("unit").asString()))
                .allMatch(unit -> unit.equals("AKTO_GOV"));
        assertThat(mvc.get().uri(POLICIES + "/" + id).with(akto).exchange()).hasStatus(404);
        assertThat(mvc.get().uri(POLICIES + "/" + id + "/document").with(akto).exchange()).hasStatus(404);
        assertThat(mvc.get().uri(POLICIES + "/" + id).with(TestCallers.auditor()).exchange()).hasStatusOk();

        assertThat(jdbc.queryForList("SELECT action FROM audit.entry WHERE entity_id = ? ORDER BY sequence",
                String.class, id)).containsExactly("policy.entered", "policy.document-attached");
    }

    @Test
    void a_unit_enters_only_for_itself_and_the_committee_office_for_any_unit() {
        assertThat(enter(TestCallers.countyOfficer(TestCallers.AKTO), "HOUSING", "越权" + TestNames.letters(),
                "号" + TestNames.letters(), TODAY, "WORK_RULE")).hasStatus(403);
        assertThat(enter(TestCallers.countyOfficer(TestCallers.AKTO), "AKTO_GOV", "阿克陶县制度" + TestNames.letters(),
                "阿政发" + TestNames.letters(), TODAY, "WORK_RULE")).hasStatus(201);
        assertThat(enter(TestCallers.committeeAdmin(), "AKTO_GOV", "代录" + TestNames.letters(),
                "阿政发" + TestNames.letters(), TODAY, "STANDARD")).hasStatus(201);
        assertThat(enter(TestCallers.auditor(), "HOUSING", "审计" + TestNames.letters(), "号" + TestNames.letters(),
                TODAY, "STANDARD")).hasStatus(403);
    }

    @Test
    void bad_input_a_duplicate_number_and_a_stale_version_are_refused_with_problem_details_and_nothing_changes() {
        RequestPostProcessor housing = TestCallers.departmentOfficer("HOUSING");
        String number = "克州住建发" + TestNames.letters();
        String title = "标题" + TestNames.letters();

        MvcTestResult future = enter(housing, "HOUSING", title, number, TODAY.plusDays(1), "STANDARD");
        assertThat(future).hasStatus(400);
        assertThat(problemCode(future)).isEqualTo("reporting.policy.issued-in-future");
        assertThat(body(future).toString()).contains("晚于今天");
        MvcTestResult unknownKind = enter(housing, "HOUSING", title, number, TODAY, "LAW");
        assertThat(unknownKind).hasStatus(400);
        assertThat(problemCode(enter(housing, "HOUSING", "", number, TODAY, "STANDARD")))
                .isEqualTo("validation.required");
        assertThat(count(number)).isZero();

        String id = body(enter(housing, "HOUSING", title, number, TODAY, "STANDARD")).get("id").asString();
        MvcTestResult duplicate = enter(housing, "HOUSING", "另一个" + title, number, TODAY, "WORK_RULE");
        assertThat(duplicate).hasStatus(409);
        assertThat(problemCode(duplicate)).isEqualTo("reporting.policy.duplicate");
        assertThat(count(number)).isEqualTo(1);

        assertThat(revise(housing, id, null, title + "改")).hasStatus(428);
        MvcTestResult revised = revise(housing, id, "\"0\"", title + "改");
        assertThat(revised).hasStatusOk();
        assertThat(body(revised).get("title").asString()).isEqualTo(title + "改");
        MvcTestResult stale = revise(housing, id, "\"0\"", title + "再改");
        assertThat(stale).hasStatus(412);
        assertThat(problemCode(stale)).isEqualTo("concurrency.stale-version");

        MvcTestResult notPdf = mvc.put().uri(POLICIES + "/" + id + "/document").with(housing)
                .multipart().file(new MockMultipartFile("file", "通知.pdf", "application/pdf",
                        "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)))
                .header("If-Match", "\"1\"").exchange();
        assertThat(notPdf).hasStatus(400);
        assertThat(problemCode(notPdf)).isEqualTo("reporting.policy.document.type-not-allowed");
        JsonNode unchanged = body(mvc.get().uri(POLICIES + "/" + id).with(housing).exchange());
        assertThat(unchanged.get("title").asString()).isEqualTo(title + "改");
        assertThat(unchanged.get("document").isNull()).isTrue();
        assertThat(unchanged.get("version").asLong()).isEqualTo(1);

        assertThat(mvc.get().uri(POLICIES + "?size=201").with(housing).exchange()).hasStatus(400);
        assertThat(jdbc.queryForList("SELECT action FROM audit.entry WHERE entity_id = ? ORDER BY sequence",
                String.class, id)).containsExactly("policy.entered", "policy.revised");
    }

    private MvcTestResult enter(RequestPostProcessor caller, String unit, String title, String number,
            LocalDate issuedOn, String kind) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("unit", unit);
        request.put("title", title);
        request.put("documentNumber", number);
        request.put("issuedOn", issuedOn.toString());
        request.put("kind", kind);
        request.put("copiedToOffice", true);
        return mvc.post().uri(POLICIES).with(caller).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(request)).exchange();
    }

    private MvcTestResult revise(RequestPostProcessor caller, String id, String ifMatch, String title) {
        var request = mvc.put().uri(POLICIES + "/" + id).with(caller).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("unit", "HOUSING", "title", title, "documentNumber",
                        "改" + title, "issuedOn", TODAY.toString(), "kind",
                        "WORK_RULE", "copiedToOffice", false)));
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.exchange();
    }

    private long count(String number) {
        return jdbc.queryForObject("SELECT count(*) FROM reporting.policy_entry WHERE document_number = ?",
                Long.class, number);
    }

    /** The code of a refusal: the field's code for a refused value, else the problem's. */
    private String problemCode(MvcTestResult result) {
        JsonNode problem = body(result);
        return "validation".equals(problem.get("code").asString())
                ? problem.get("errors").get(0).get("code").asString() : problem.get("code").asString();
    }

    private JsonNode body(MvcTestResult result) {
        return json.readTree(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
    }
}
