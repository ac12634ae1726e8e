package org.zhiben.enforcement.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseProfile;
import org.zhiben.enterprises.EnterpriseStatus;
import org.zhiben.enterprises.Person;
import org.zhiben.enterprises.StandardisationGrade;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.identity.Role;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.platform.testing.RawCodes;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/**
 * The tip-off pages against the embedded PostgreSQL: the intake form refuses on its fields and stores nothing; a
 * tip-off walks every step on its page to a reward decided by one officer, refused to him as approver and approved by
 * a second, paid in yuan and closed, then published as a typical case without personal data on the public page; the
 * list marks overdue tip-offs and filters them; no page shows a raw code.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TipOffPagesTest {

    static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    final RequestPostProcessor officer = TestCallers.as("tipoff-page-a-" + suffix(),
            RoleAssignment.ofUnit(UnitCode.of("EMB"), Role.TIP_OFF_OFFICER));
    final RequestPostProcessor secondOfficer = TestCallers.as("tipoff-page-b-" + suffix(),
            RoleAssignment.ofUnit(UnitCode.of("EMB"), Role.TIP_OFF_OFFICER));

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    DataSource dataSource;

    @Test
    void the_intake_form_refuses_on_its_fields_and_stores_nothing() {
        int before = count();
        MvcTestResult refused = mvc.post().uri("/enforcement/tip-offs/new").with(officer)
                .param("anonymous", "false").param("matter", "").exchange();
        assertThat(refused).hasStatusOk();
        String html = html(refused);
        assertThat(html).contains("id=\"intake-channel-error\"", "id=\"intake-matter-error\"",
                "id=\"intake-enterprise-error\"", "id=\"intake-reporter-name-error\"",
                "实名举报请填写举报人姓名，或勾选“匿名举报”", "请选择已登记企业，或填写未登记企业的名称");

        MvcTestResult noJurisdiction = mvc.post().uri("/enforcement/tip-offs/new").with(officer)
                .param("channel", "LETTER").param("matter", "无证经营烟花爆竹").param("enterpriseName", "某某烟花作坊")
                .param("anonymous", "true").exchange();
        assertThat(html(noJurisdiction)).contains("id=\"intake-jurisdiction-error\"", "填写未登记企业时请选择属地");
        MvcTestResult named = mvc.post().uri("/enforcement/tip-offs/new").with(officer).param("channel", "WEB")
                .param("matter", "").param("enterpriseName", "某某烟花作坊").param("jurisdiction", TestCallers.AKTO)
                .param("anonymous", "false").param("reporterName", "冯隐名").param("reporterContact", "13712340000")
                .exchange();
        assertThat(html(named)).contains("id=\"intake-matter-error\"").doesNotContain("冯隐名", "13712340000");
        assertThat(count()).isEqualTo(before);
        assertThat(RawCodes.inHtml(html)).isEmpty();
    }

    @Test
    void a_tip_off_walks_its_steps_on_its_page_to_a_reward_approved_by_a_second_person_and_a_typical_case() {
        Enterprise enterprise = enterprise();
        String location = redirect(mvc.post().uri("/enforcement/tip-offs/new").with(officer)
                .param("channel", "HOTLINE").param("matter", "储罐区液位计长期不报警，夜间违规动火")
                .param("creditCode", enterprise.creditCode().value()).param("insider", "true")
                .param("anonymous", "false").param("reporterName", "钱举报").param("reporterContact", "13698765432")
                .exchange());
        assertThat(location).startsWith("/enforcement/tip-offs/");
        String id = location.substring("/enforcement/tip-offs/".length());

        String page = page(officer, id);
        assertThat(page).contains("吹哨人", "实名举报（身份受保护）", enterprise.name(), "id=\"acceptance-form\"",
                "data-confirm=\"确认受理该举报？受理后不能撤回。\"").doesNotContain("钱举报", "13698765432");
        step(officer, id, "acceptance", Map.of());
        step(officer, id, "assignment", Map.of("unit", "EMB"));
        MvcTestResult noNote = post(officer, id, "verification", Map.of("result", "TRUE"));
        assertThat(html(noNote)).contains("id=\"verification-note-error\"");
        step(officer, id, "verification", Map.of("result", "PARTLY_TRUE", "note", "现场核查部分属实"));
        step(officer, id, "hazard", Map.of("location", "二号罐区", "description", "液位计未接入报警",
                "standardCode", "CHEM-2017", "clauseNumber", "2"));
        page = page(officer, id);
        assertThat(page).contains("id=\"tip-off-hazard\"", "部分属实", "id=\"reward-form\"");

        step(officer, id, "reward", Map.of("basis", "CONCEALED_DEATHS", "accidentClass", "MAJOR",
                "deaths", "2"));
        page = page(officer, id);
        assertThat(page).contains("id=\"reward-amount\"", "待另一人审批");
        MvcTestResult ownApproval = post(officer, id, "approval", Map.of());
        assertThat(ownApproval).hasStatusOk();
        assertThat(html(ownApproval)).contains("id=\"approval-errors\"", "您不能审批自己决定的奖励");
        assertThat(page(officer, id)).contains("奖励已决定");

        step(secondOfficer, id, "approval", Map.of());
        page = page(officer, id);
        String amount = attribute(page, "id=\"payment-amount\"", "value");
        MvcTestResult wrongAmount = post(officer, id, "payment", Map.of("amount", "1.00",
                "paidOn", java.time.LocalDate.now().toString(), "reference", "PZ-2026-101"));
        assertThat(html(wrongAmount)).contains("id=\"payment-amount-error\"", "发放金额须与审批的奖励金额");
        MvcTestResult cents = post(officer, id, "payment", Map.of("amount", "12.345",
                "paidOn", java.time.LocalDate.now().toString(), "reference", "PZ-2026-101"));
        assertThat(html(cents)).contains("金额以元为单位，最多两位小数");
        step(officer, id, "payment", Map.of("amount", amount, "paidOn", java.time.LocalDate.now().toString(),
                "reference", "PZ-2026-101"));
        step(officer, id, "closure", Map.of());
        page = page(officer, id);
        assertThat(page).contains("已办结", "id=\"reward-payment\"", "id=\"typicalCase-form\"");
        assertThat(RawCodes.inHtml(page)).isEmpty();

        String title = "匿名举报查实储罐区隐患 " + org.zhiben.platform.testing.TestNames.letters();
        step(officer, id, "typicalCase", Map.of("title", title, "account",
                "举报人钱举报（电话13698765432）反映储罐区液位计长期不报警。企业负责人张三（身份证号码653022198001011234，"
                        + "电话13800000000）被依法处理。"));
        String published = html(mvc.get().uri("/public/enforcement/typical-cases").exchange());
        assertThat(published).contains(title, "举报人", "张*")
                .doesNotContain("钱举报", "13698765432", "653022198001011234", "张三", "13800000000");
        String json = html(mvc.get().uri("/public/enforcement/typical-cases/feed.json").exchange());
        assertThat(json).contains(title).doesNotContain("钱举报", "13698765432", "653022198001011234", "张三");
        assertThat(RawCodes.inHtml(published, "JSON")).isEmpty();
        MvcTestResult again = post(officer, id, "typicalCase", Map.of("title", title, "account", "再次发布"));
        assertThat(html(again)).contains("该举报或案件已发布为典型案例");
    }

    @Test
    void a_duplicate_is_linked_to_the_first_tip_off_and_only_the_first_valid_reporter_is_rewarded() {
        Enterprise enterprise = enterprise();
        String first = received(enterprise, "储罐区液位计长期不报警 " + org.zhiben.platform.testing.TestNames.letters());
        String second = redirect(mvc.post().uri("/enforcement/tip-offs/new").with(officer).param("channel", "LETTER")
                .param("matter", "储罐区液位计不报警（同一事项）").param("creditCode", enterprise.creditCode().value())
                .param("anonymous", "false").param("reporterName", "吴重复").exchange())
                .substring("/enforcement/tip-offs/".length());
        for (String id : List.of(first, second)) {
            step(officer, id, "acceptance", Map.of());
            step(officer, id, "assignment", Map.of("unit", "EMB"));
            step(officer, id, "verification", Map.of("result", "TRUE", "note", "现场核查属实"));
        }
        assertThat(page(officer, second)).contains("id=\"duplicate-form\"", "value=\"" + first + "\"");
        step(officer, second, "duplicate", Map.of("firstId", first));
        String page = page(officer, second);
        assertThat(page).contains("id=\"tip-off-duplicate-of\"", "/enforcement/tip-offs/" + first)
                .doesNotContain("id=\"duplicate-form\"");
        assertThat(html(mvc.get().uri("/enforcement/tip-offs").with(officer).exchange())).contains("重复举报");

        step(officer, second, "hazard", Map.of("location", "二号罐区", "description", "液位计未接入报警"));
        MvcTestResult notFirst = post(officer, second, "reward", Map.of("basis", "CONCEALED_DEATHS",
                "accidentClass", "GENERAL", "deaths", "1"));
        assertThat(notFirst).hasStatusOk();
        assertThat(html(notFirst)).contains("同一事项只奖励首个有效举报人");
        assertThat(page(officer, second)).doesNotContain("id=\"reward-amount\"");
    }

    @Test
    void a_decided_penalty_case_is_published_as_a_typical_case_without_the_responsible_persons_name() {
        Enterprise enterprise = enterprise();
        RequestPostProcessor admin = TestCallers.committeeAdmin();
        String caseId = api(admin, "POST", "/api/v1/enforcement/cases", null, "{\"enterpriseId\":\""
                + enterprise.id().value() + "\",\"origin\":{\"kind\":\"INSPECTION\",\"reference\":\""
                + UUID.randomUUID() + "\"},\"violation\":\"未按规定设置安全警示标志\"}", 201);
        api(admin, "PUT", "/api/v1/enforcement/cases/" + caseId + "/basis", "0", "{\"articles\":[\"AQSCF-102\"],"
                + "\"measures\":[{\"kind\":\"FINE\",\"party\":\"RESPONSIBLE_PERSON\",\"fineFen\":500000}],"
                + "\"responsiblePerson\":\"王某某\"}", 200);
        api(admin, "POST", "/api/v1/enforcement/cases/" + caseId + "/rights-notice", "1",
                "{\"on\":\"" + java.time.LocalDate.now() + "\"}", 200);
        api(admin, "POST", "/api/v1/enforcement/cases/" + caseId + "/decision", "2",
                "{\"on\":\"" + java.time.LocalDate.now() + "\"}", 200);

        String title = "未设置安全警示标志受处罚 " + org.zhiben.platform.testing.TestNames.letters();
        MvcTestResult published = mvc.post().uri("/enforcement/typical-cases").with(admin).param("caseId", caseId)
                .param("title", title).param("account", "责任人员王某某（电话13912345678）被处罚款5,000元。").exchange();
        assertThat(published.getResponse().getStatus()).as(html(published)).isEqualTo(302);
        String page = html(mvc.get().uri("/public/enforcement/typical-cases").exchange());
        assertThat(page).contains(title, "王**", "139****5678").doesNotContain("王某某", "13912345678");
        MvcTestResult missing = mvc.post().uri("/enforcement/typical-cases").with(admin).param("title", "")
                .param("account", "").exchange();
        assertThat(html(missing)).contains("id=\"typical-case-error\"", "id=\"typical-title-error\"");
    }

    private String api(RequestPostProcessor caller, String method, String uri, String version, String body,
            int status) {
        var request = mvc.method(org.springframework.http.HttpMethod.valueOf(method)).uri(uri).with(caller)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(body);
        if (version != null) {
            request = request.header("If-Match", "\"" + version + "\"");
        }
        MvcTestResult result = request.exchange();
        assertThat(result.getResponse().getStatus()).as(uri + " " + html(result)).isEqualTo(status);
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(html(result));
        return id.find() ? id.group(1) : null;
    }

    @Test
    void the_list_marks_overdue_tip_offs_and_filters_them() {
        Enterprise enterprise = enterprise();
        String overdueId = received(enterprise, "长期未处理的举报 " + org.zhiben.platform.testing.TestNames.letters());
        String freshId = received(enterprise, "刚收到的举报 " + org.zhiben.platform.testing.TestNames.letters());
        backdate(overdueId, 20);

        String all = html(mvc.get().uri("/enforcement/tip-offs").with(officer).exchange());
        assertThat(all).contains("tip-off-" + overdueId, "tip-off-" + freshId);
        String overdueRow = all.substring(all.indexOf("id=\"tip-off-" + overdueId + "\""));
        overdueRow = overdueRow.substring(0, overdueRow.indexOf("</tr>"));
        assertThat(overdueRow).contains("已逾期", "已收到");
        String overdueOnly = html(mvc.get().uri("/enforcement/tip-offs?overdue=true").with(officer).exchange());
        assertThat(overdueOnly).contains("tip-off-" + overdueId).doesNotContain("tip-off-" + freshId);
        assertThat(RawCodes.inHtml(all)).isEmpty();
        assertThat(RawCodes.inHtml(html(mvc.get().uri("/enforcement/tip-offs/new").with(officer).exchange())))
                .isEmpty();
        assertThat(page(officer, overdueId)).contains("id=\"tip-off-overdue\"");
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private String received(Enterprise enterprise, String matter) {
        String location = redirect(mvc.post().uri("/enforcement/tip-offs/new").with(officer)
                .param("channel", "WEB").param("matter", matter)
                .param("creditCode", enterprise.creditCode().value()).param("anonymous", "true").exchange());
        return location.substring("/enforcement/tip-offs/".length());
    }

    /** Moves the tip-off's reception {@code days} back, as if it had waited that long. */
    private void backdate(String id, int days) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        String type = jdbc.sql("SELECT jsonb_typeof(document->'history'->0->'at') FROM enforcement.tip_off "
                + "WHERE id = :id").param("id", UUID.fromString(id)).query(String.class).single();
        Instant earlier = Instant.now().minus(days, ChronoUnit.DAYS);
        String value = "string".equals(type) ? "\"" + earlier + "\"" : earlier.getEpochSecond() + ".000000000";
        jdbc.sql("UPDATE enforcement.tip_off SET document = jsonb_set(document, '{history,0,at}', CAST(:at AS jsonb)),"
                + " received_at = :received WHERE id = :id").param("at", value)
                .param("received", java.sql.Timestamp.from(earlier)).param("id", UUID.fromString(id)).update();
    }

    private int count() {
        return JdbcClient.create(dataSource).sql("SELECT count(*) FROM enforcement.tip_off").query(Integer.class)
                .single();
    }

    private String page(RequestPostProcessor caller, String id) {
        MvcTestResult result = mvc.get().uri("/enforcement/tip-offs/" + id).with(caller).exchange();
        assertThat(result).hasStatusOk();
        return html(result);
    }

    private void step(RequestPostProcessor caller, String id, String step, Map<String, String> fields) {
        MvcTestResult result = post(caller, id, step, fields);
        assertThat(result.getResponse().getStatus()).as(step + ": " + html(result)).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/enforcement/tip-offs/" + id);
    }

    private MvcTestResult post(RequestPostProcessor caller, String id, String step, Map<String, String> fields) {
        var request = mvc.post().uri("/enforcement/tip-offs/" + id + "/" + step).with(caller)
                .param("version", version(page(caller, id)));
        for (Map.Entry<String, String> field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        return request.exchange();
    }

    private static String version(String page) {
        Matcher matcher = VERSION.matcher(page);
        assertThat(matcher.find()).as("a step form with the version").isTrue();
        return matcher.group(1);
    }

    private static String attribute(String page, String marker, String name) {
        String tag = page.substring(page.lastIndexOf('<', page.indexOf(marker)));
        tag = tag.substring(0, tag.indexOf('>'));
        Matcher matcher = Pattern.compile(name + "=\"([^\"]*)\"").matcher(tag);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String redirect(MvcTestResult result) {
        assertThat(result.getResponse().getStatus()).as(html(result)).isEqualTo(302);
        return result.getResponse().getRedirectedUrl();
    }

    static String html(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    /** This test's enterprise factory over {@code store}, for other tests of the pages. */
    TipOffPagesTest withStore(EnterpriseStore store) {
        this.enterprises = store;
        return this;
    }

    Enterprise enterprise() {
        return enterprises.save(Enterprise.register(EnterpriseId.newId(), creditCode(),
                new EnterpriseProfile("举报测试企业" + org.zhiben.platform.testing.TestNames.letters(), JurisdictionCode.of(TestCallers.AKTO),
                        IndustryCode.of("HAZARDOUS_CHEMICALS"), true, "阿克陶县测试路 2 号",
                        new Person("张三", "13800000000", null), new Person("李四", "13900000000", null),
                        StandardisationGrade.NONE, EnterpriseStatus.OPERATING)));
    }

    static UnifiedSocialCreditCode creditCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder code = new StringBuilder("91");
        for (int i = 0; i < 6; i++) {
            code.append(random.nextInt(10));
        }
        for (int i = 0; i < 9; i++) {
            code.append(CODE_CHARACTERS.charAt(random.nextInt(CODE_CHARACTERS.length())));
        }
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += CODE_CHARACTERS.indexOf(code.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        int check = 31 - sum % 31;
        code.append(CODE_CHARACTERS.charAt(check == 31 ? 0 : check));
        return UnifiedSocialCreditCode.of(code.toString());
    }
}
