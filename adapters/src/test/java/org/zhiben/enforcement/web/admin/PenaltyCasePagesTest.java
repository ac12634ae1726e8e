package org.zhiben.enforcement.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiben.enforcement.web.admin.EnforcementPages.TODAY;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.identity.Role;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.platform.testing.TestCallers;
import tools.jackson.databind.JsonNode;

/**
 * The penalty-case pages against the embedded PostgreSQL: a case is opened from the form (its field errors first),
 * given a dual penalty typed in yuan and shown in yuan, notified; its major decision is refused until the legal
 * reviewer approves it from the review inbox; the officer's departure from the task-24 proposal is refused without a
 * reason and kept with it; an enterprise manager sees only its own enterprise's cases, on the pages and in the API.
 * No page shows a raw code.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PenaltyCasePagesTest {

    static final String CASES = "/enforcement/cases";

    final RequestPostProcessor officer = TestCallers.committeeAdmin();
    final RequestPostProcessor reviewer = TestCallers.as(TestCallers.typical(Role.LEGAL_REVIEWER));

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterpriseStore;

    EnforcementPages pages;

    @BeforeEach
    void setUp() {
        pages = new EnforcementPages(mvc, enterpriseStore);
    }

    @Test
    void a_case_is_opened_from_the_form_after_its_field_errors_and_listed_with_its_enterprise_and_status() {
        Enterprise enterprise = pages.enterprise("立案测试企业");
        String form = pages.page(officer, CASES + "/new?originKind=INSPECTION&originReference=" + UUID.randomUUID()
                + "&creditCode=" + enterprise.creditCode().value());
        assertThat(form).contains("立案", enterprise.name(), "执法检查");

        String refused = pages.refused(officer, CASES + "/new", Map.of("originKind", "", "originReference", "abc",
                "violation", ""));
        assertThat(refused).contains("id=\"case-origin-error\"", "id=\"case-reference-error\"",
                "请填写有效的来源记录编号", "id=\"case-enterprise-error\"", "id=\"case-violation-error\"");

        String violation = "未如实记录安全生产教育和培训情况（" + org.zhiben.platform.testing.TestNames.letters() + "）";
        String location = pages.accepted(officer, CASES + "/new", Map.of("originKind", "INSPECTION",
                "originReference", UUID.randomUUID().toString(), "creditCode", enterprise.creditCode().value(),
                "violation", violation));
        assertThat(location).startsWith(CASES + "/");
        String detail = pages.page(officer, location);
        assertThat(detail).contains(enterprise.name(), violation, "已立案", "执法检查", "尚未记录处罚依据");

        String list = pages.page(officer, CASES + "?q=" + enterprise.name());
        assertThat(list).contains(enterprise.name(), violation, "已立案", "执法检查");
        assertThat(pages.page(officer, CASES + "?status=DECIDED&q=" + enterprise.name()))
                .doesNotContain(violation);
    }

    @Test
    void a_major_dual_penalty_is_refused_without_legal_review_and_decided_after_the_reviewer_approves_it() {
        Enterprise enterprise = pages.enterprise("双罚测试企业");
        JsonNode opened = pages.openCase(officer, enterprise.id().value(), "TIP_OFF", UUID.randomUUID(),
                "未采取措施消除重大事故隐患，拒不执行");
        String id = opened.get("id").asString();
        String path = CASES + "/" + id;

        Map<String, String> basis = new HashMap<>(Map.of("version", "0", "articles", "AQSCF-102",
                "measures[0].party", "UNIT", "measures[0].kind", "FINE", "measures[0].fineYuan", "50000",
                "measures[1].party", "UNIT", "measures[1].kind", "SUSPENSION", "measures[1].detail", "停产停业整顿一个月",
                "measures[2].party", "RESPONSIBLE_PERSON", "measures[2].kind", "FINE"));
        basis.put("measures[2].fineYuan", "60000.5");
        String withoutPerson = pages.refused(officer, path + "/basis", basis);
        assertThat(withoutPerson).contains("id=\"basis-person-error\"", "对责任人员的处罚须写明责任人员");
        basis.put("measures[2].fineYuan", "60000.555");
        assertThat(pages.refused(officer, path + "/basis", basis)).contains("罚款金额最多精确到分");
        basis.put("measures[2].fineYuan", "60000.5");
        basis.put("responsiblePerson", "王某某");
        pages.accepted(officer, path + "/basis", basis);

        String detail = pages.page(officer, path);
        assertThat(detail).contains("《中华人民共和国安全生产法》第一百零二条", "生产经营单位未采取措施消除事故隐患的",
                "一案双罚", "¥50,000.00", "¥60,000.50", "¥110,000.50", "停产整顿", "责任人员（王某某）",
                "属于重大执法决定", "data-confirm");
        pages.accepted(officer, path + "/rights", Map.of("version", "1", "on", TODAY.toString()));

        String refused = pages.refused(officer, path + "/decision", Map.of("version", "2", "on", TODAY.toString()));
        assertThat(refused).contains("重大执法决定须经法制审核通过后方可作出");
        assertThat(pages.apiGet(officer, "/cases/" + id).get("status").asString()).isEqualTo("RIGHTS_NOTIFIED");

        assertThat(mvc.get().uri("/enforcement/legal-review").with(officer).exchange()).hasStatus(403);
        String inbox = pages.page(reviewer, "/enforcement/legal-review");
        assertThat(inbox).contains(enterprise.name(), "未采取措施消除重大事故隐患，拒不执行", "¥110,000.50");
        String review = pages.page(reviewer, "/enforcement/legal-review/" + id);
        assertThat(review).contains("属于重大执法决定", "停产整顿", "data-confirm");
        assertThat(pages.refused(reviewer, "/enforcement/legal-review/" + id, Map.of("version", "2")))
                .contains("id=\"review-approved-error\"", "id=\"review-opinion-error\"");
        pages.accepted(reviewer, "/enforcement/legal-review/" + id, Map.of("version", "2", "approved", "true",
                "opinion", "事实清楚，证据确凿，适用依据正确，程序合法"));
        assertThat(pages.page(reviewer, "/enforcement/legal-review")).doesNotContain(
                "/enforcement/legal-review/" + id);

        pages.accepted(officer, path + "/decision", Map.of("version", "3", "on", TODAY.toString()));
        detail = pages.page(officer, path);
        JsonNode decided = pages.apiGet(officer, "/cases/" + id);
        String due = DateTimeFormatter.ofPattern("yyyy年M月d日")
                .format(java.time.LocalDate.parse(decided.get("publicationDueOn").asString()));
        assertThat(detail).contains("已决定", "审核通过", "事实清楚，证据确凿，适用依据正确，程序合法",
                "应于" + due + "前公示");

        assertThat(pages.refused(officer, path + "/transfer", Map.of("version", "4", "on", TODAY.toString(),
                "reason", "涉嫌重大责任事故罪"))).contains("id=\"transfer-organ-error\"");
        pages.accepted(officer, path + "/transfer", Map.of("version", "4", "on", TODAY.toString(),
                "receivingOrgan", "阿克陶县公安局", "reason", "涉嫌重大责任事故罪"));
        pages.accepted(officer, path + "/publication", Map.of("version", "5"));
        detail = pages.page(officer, path);
        assertThat(detail).contains("阿克陶县公安局", "涉嫌重大责任事故罪", "已公示");
    }

    @Test
    void a_departure_from_the_task_24_proposal_is_refused_without_a_reason_and_kept_with_it() {
        Enterprise enterprise = pages.enterprise("偏离测试企业");
        UUID hazard = pages.hazard(officer, enterprise.id().value());
        JsonNode opened = pages.openCase(officer, enterprise.id().value(), "HAZARD", hazard, "未采取措施消除重大事故隐患");
        String path = CASES + "/" + opened.get("id").asString();

        String detail = pages.page(officer, path);
        assertThat(detail).contains("任务24奖惩规则的处罚建议", "从重处罚", "推理过程", "发现渠道：",
                "对不自查、不报告、迟迟不能完成整改的", "id=\"proposal-basis\"");
        String refused = pages.refused(officer, path + "/policy", Map.of("version", "0",
                "decided", "ORDINARY_PENALTY", "reason", ""));
        assertThat(refused).contains("id=\"policy-reason-error\"", "与建议“从重处罚”不一致，须说明理由");
        assertThat(pages.apiGet(officer, "/cases/" + opened.get("id").asString()).get("version").asLong())
                .isZero();

        pages.accepted(officer, path + "/policy", Map.of("version", "0", "decided", "ORDINARY_PENALTY",
                "reason", "检查当日已停产整改，隐患已消除"));
        detail = pages.page(officer, path);
        assertThat(detail).contains("偏离建议", "检查当日已停产整改，隐患已消除", "依法处罚", "id=\"policy-basis\"");
    }

    @Test
    void an_enterprise_manager_sees_only_its_own_enterprise_s_cases_on_the_pages_and_in_the_api() {
        Enterprise own = pages.enterprise("本企业");
        Enterprise other = pages.enterprise("他企业");
        String ownCase = pages.openCase(officer, own.id().value(), "INSPECTION", UUID.randomUUID(), "本企业的违法行为")
                .get("id").asString();
        String otherCase = pages.openCase(officer, other.id().value(), "INSPECTION", UUID.randomUUID(),
                "他企业的违法行为").get("id").asString();
        RequestPostProcessor manager = TestCallers.as(RoleAssignment.enterpriseManager(own.id().value()));

        String list = pages.page(manager, CASES);
        assertThat(list).contains(own.name(), "本企业的违法行为").doesNotContain(other.name(), "他企业的违法行为")
                .doesNotContain("id=\"new-case\"");
        assertThat(pages.page(manager, CASES + "/" + ownCase)).contains(own.name()).doesNotContain("step-basis");
        assertThat(mvc.get().uri(CASES + "/" + otherCase).with(manager).exchange()).hasStatus(404);
        assertThat(mvc.get().uri(CASES + "/new").with(manager).exchange()).hasStatus(403);
        assertThat(pages.post(manager, CASES + "/" + ownCase + "/rights", Map.of("version", "0",
                "on", TODAY.toString()))).hasStatus(403);

        java.util.List<String> ids = new java.util.ArrayList<>();
        pages.apiGet(manager, "/cases").forEach(node -> ids.add(node.get("id").asString()));
        assertThat(ids).contains(ownCase).doesNotContain(otherCase);
        assertThat(mvc.get().uri(EnforcementPages.API + "/cases/" + otherCase).with(manager).exchange())
                .hasStatus(404);
    }
}
