package org.zhiben.enforcement.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.enforcement.EnforcementPermissions;
import org.zhiben.enforcement.TipOffProgressed;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.identity.Role;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.identity.application.RegisterApiClient;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reporter protection (举报人信息保护) across a whole flow — intake on the page and by a bureau's hotline system (scope
 * {@code tipoffs:report}), acceptance, assignment, verification, and the tip-off officer's audited reads of the reporter
 * on the page and through the API: the reporter's name and phone never reach the application log (captured with DEBUG
 * logging of the web layer and the application), the audit export (CSV and xlsx), the published domain events (recorded
 * and in the event publication table), nor any page or answer of the auditor, the committee office or an inspector —
 * who see no "查看举报人身份" action and are refused the read.
 */
@SpringBootTest(properties = {"logging.level.org.zhiben=DEBUG", "logging.level.org.springframework.web=DEBUG"})
@AutoConfigureMockMvc
@RecordApplicationEvents
@ExtendWith(OutputCaptureExtension.class)
class ReporterProtectionTest {

    static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    final String name = "孙保密" + UUID.randomUUID().toString().substring(0, 4);
    final String phone = "135" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    final String hotlineName = "周热线" + UUID.randomUUID().toString().substring(0, 4);
    final String hotlinePhone = "136" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    final RequestPostProcessor officer = TestCallers.as("tipoff-guard-" + TipOffPagesTest.suffix(),
            RoleAssignment.ofUnit(UnitCode.of("EMB"), Role.TIP_OFF_OFFICER));
    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    DataSource dataSource;
    @Autowired
    RegisterApiClient registerApiClient;
    @Autowired
    ApplicationEvents events;

    @Test
    void the_reporter_reaches_no_log_export_event_or_other_roles_page_or_answer(CapturedOutput output)
            throws IOException {
        Enterprise enterprise = new TipOffPagesTest().withStore(enterprises).enterprise();

        // intake on the page, with the reporter's identity
        MvcTestResult intake = mvc.post().uri("/enforcement/tip-offs/new").with(officer).param("channel", "WALK_IN")
                .param("matter", "夜间违规动火作业").param("creditCode", enterprise.creditCode().value())
                .param("anonymous", "false").param("reporterName", name).param("reporterContact", phone).exchange();
        assertThat(intake.getResponse().getStatus()).isEqualTo(302);
        String id = intake.getResponse().getRedirectedUrl().substring("/enforcement/tip-offs/".length());

        // intake by the bureau's hotline system with scope tipoffs:report
        RequestPostProcessor hotline = TestCallers.bearer(TestCallers.accessToken(registerApiClient, mvc,
                DataScope.jurisdiction(JurisdictionCode.of(TestCallers.AKTO)), EnforcementPermissions.TIPOFFS_REPORT));
        MvcTestResult fromHotline = mvc.post().uri("/api/v1/enforcement/tip-offs").with(hotline)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("channel", "HOTLINE",
                        "matter", "仓库违规存放危险化学品", "enterpriseId", enterprise.id().value(),
                        "reporterName", hotlineName, "reporterContact", hotlinePhone))).exchange();
        assertThat(fromHotline).hasStatus(201);
        JsonNode received = json.readTree(text(fromHotline));
        assertThat(received.get("anonymous").asBoolean()).isFalse();
        assertThat(received.get("statusLabel").asString()).isEqualTo("已收到");
        String hotlineId = received.get("id").asString();
        assertThat(mvc.get().uri("/api/v1/enforcement/tip-offs/" + hotlineId + "/reporter").with(hotline))
                .hasStatus(403);

        // the steps, then the officer's reads: on the page and through the API
        step(id, "acceptance", Map.of());
        step(id, "assignment", Map.of("unit", "EMB"));
        step(id, "verification", Map.of("result", "TRUE", "note", "现场核查属实"));
        String detail = page(officer, id);
        assertThat(detail).contains("id=\"reveal-reporter\"", "查看举报人身份").doesNotContain(name, phone);
        MvcTestResult revealed = mvc.post().uri("/enforcement/tip-offs/" + id + "/reporter").with(officer).exchange();
        assertThat(revealed).hasStatusOk();
        assertThat(text(revealed)).contains(name, phone, "本次查看已记入审计日志");
        assertThat(text(mvc.get().uri("/api/v1/enforcement/tip-offs/" + hotlineId + "/reporter").with(officer)
                .exchange())).contains(hotlineName, hotlinePhone);

        // other roles: no identity on any page or in any answer, no action to read it, and the read refused
        List<RequestPostProcessor> others = List.of(TestCallers.auditor(), TestCallers.committeeAdmin(),
                TestCallers.as(TestCallers.typical(Role.INSPECTOR)));
        for (RequestPostProcessor other : others) {
            for (String uri : List.of("/enforcement/tip-offs", "/enforcement/tip-offs/" + id,
                    "/enforcement/tip-offs/" + hotlineId, "/api/v1/enforcement/tip-offs",
                    "/api/v1/enforcement/tip-offs/" + id, "/api/v1/enforcement/tip-offs/" + hotlineId,
                    "/api/v1/enforcement/tip-offs/overdue")) {
                MvcTestResult answer = mvc.get().uri(uri).with(other).exchange();
                assertThat(answer).as(uri).hasStatusOk();
                assertThat(text(answer)).as(uri).doesNotContain(name, phone, hotlineName, hotlinePhone,
                        "reveal-reporter", "查看举报人身份");
            }
            assertThat(text(mvc.get().uri("/enforcement/tip-offs/" + id).with(other).exchange()))
                    .contains("夜间违规动火作业", "实名举报（身份受保护）");
            assertThat(mvc.post().uri("/enforcement/tip-offs/" + id + "/reporter").with(other)).hasStatus(403);
            assertThat(mvc.get().uri("/api/v1/enforcement/tip-offs/" + id + "/reporter").with(other))
                    .hasStatus(403);
        }

        // the audit trail records both reads, and its exports hold no identity
        JdbcClient jdbc = JdbcClient.create(dataSource);
        assertThat(jdbc.sql("SELECT action FROM audit.entry WHERE entity_type = 'TipOff' AND entity_id = :id "
                + "ORDER BY sequence").param("id", id).query(String.class).list())
                .containsExactly("tip-off.received", "tip-off.accepted", "tip-off.assigned", "tip-off.verified",
                        "tip-off.reporter-read");
        assertThat(jdbc.sql("SELECT action FROM audit.entry WHERE entity_type = 'TipOff' AND entity_id = :id "
                + "ORDER BY sequence").param("id", hotlineId).query(String.class).list())
                .containsExactly("tip-off.received", "tip-off.reporter-read");
        for (String entityId : List.of(id, hotlineId)) {
            String csv = text(mvc.get().uri("/audit/export.csv?entityId=" + entityId).with(TestCallers.auditor())
                    .exchange());
            assertThat(csv).contains(entityId).doesNotContain(name, phone, hotlineName, hotlinePhone);
            byte[] xlsx = mvc.get().uri("/audit/export.xlsx?entityId=" + entityId).with(TestCallers.auditor())
                    .exchange().getResponse().getContentAsByteArray();
            String cells = cells(xlsx);
            assertThat(cells).contains(entityId).doesNotContain(name, phone, hotlineName, hotlinePhone);
        }

        // the events published carry no identity
        List<TipOffProgressed> progressed = events.stream(TipOffProgressed.class)
                .filter(e -> e.tipOffId().value().toString().equals(id)).toList();
        assertThat(progressed).isNotEmpty();
        assertThat(events.stream().map(Object::toString).toList())
                .noneMatch(e -> e.contains(name) || e.contains(phone) || e.contains(hotlineName)
                        || e.contains(hotlinePhone));
        assertThat(json.writeValueAsString(progressed)).doesNotContain(name, phone);
        assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE :a "
                + "OR serialized_event LIKE :b OR serialized_event LIKE :c OR serialized_event LIKE :d")
                .param("a", "%" + name + "%").param("b", "%" + phone + "%").param("c", "%" + hotlineName + "%")
                .param("d", "%" + hotlinePhone + "%").query(Integer.class).single()).isZero();

        // the application log of the whole flow: the requests and answers are there (the reads too), the reporter not
        assertThat(output.getAll()).contains("TipOffPages#receive", "TipOffPages#reporter",
                "TipOffController#reporter", "TipOffView[id=" + hotlineId).doesNotContain(name, phone, hotlineName,
                hotlinePhone);
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private String page(RequestPostProcessor caller, String id) {
        MvcTestResult result = mvc.get().uri("/enforcement/tip-offs/" + id).with(caller).exchange();
        assertThat(result).hasStatusOk();
        return text(result);
    }

    private void step(String id, String step, Map<String, String> fields) {
        Matcher version = VERSION.matcher(page(officer, id));
        assertThat(version.find()).isTrue();
        var request = mvc.post().uri("/enforcement/tip-offs/" + id + "/" + step).with(officer)
                .param("version", version.group(1));
        for (Map.Entry<String, String> field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        MvcTestResult result = request.exchange();
        assertThat(result.getResponse().getStatus()).as(step).isEqualTo(302);
    }

    private static String cells(byte[] xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell.toString()).append('|');
                    }
                }
            }
        }
        return text.toString();
    }

    private static String text(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
