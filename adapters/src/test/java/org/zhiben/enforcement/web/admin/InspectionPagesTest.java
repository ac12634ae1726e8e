package org.zhiben.enforcement.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
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
import org.zhiben.identity.Username;
import org.zhiben.identity.application.CreateUser;
import org.zhiben.identity.application.CreateUserCommand;
import org.zhiben.platform.testing.RawCodes;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.shared.Actor;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/**
 * The inspection pages over the embedded PostgreSQL: the record form's field errors, the whole walk of an inspection
 * (checklist from CHEM-2017, a finding registered as a major hazard, two signatures from two accounts, closing), an
 * account not named as inspector that cannot sign, evidence uploads checked by content, the enterprise manager who sees
 * only its own enterprise's inspections, and every page without raw codes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InspectionPagesTest {

    static final String AKTO = TestCallers.AKTO;
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    static final RoleAssignment EMB_INSPECTOR = RoleAssignment.ofJurisdiction(UnitCode.of("EMB"),
            JurisdictionCode.of(AKTO), Role.INSPECTOR);

    final String run = UUID.randomUUID().toString().substring(0, 6);
    final String li = "pg-li-" + run;
    final String wang = "pg-wang-" + run;
    final String zhou = "pg-zhou-" + run;
    final RequestPostProcessor inspectorLi = TestCallers.as(li, EMB_INSPECTOR);
    final RequestPostProcessor inspectorWang = TestCallers.as(wang, EMB_INSPECTOR);
    final RequestPostProcessor inspectorZhou = TestCallers.as(zhou, EMB_INSPECTOR);

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;
    @Autowired
    CreateUser createUser;
    @Autowired
    DataSource dataSource;

    private void accounts() {
        create(li, "李检查");
        create(wang, "王检查");
        create(zhou, "周检查");
    }

    private void create(String username, String displayName) {
        createUser.create(Actor.SYSTEM, new CreateUserCommand(Username.of(username), displayName, EMB_INSPECTOR));
    }

    @Test
    void the_record_form_shows_field_errors_and_records_nothing() {
        accounts();
        Enterprise enterprise = enterprise("IHAZARDOUS_CHEMICALS");

        MvcTestResult oneInspector = record(inspectorLi, enterprise.creditCode().value(), TODAY.toString(), li);
        assertThat(oneInspector).hasStatusOk();
        assertThat(text(oneInspector)).contains("id=\"inspection-inspectors-error\"", "至少选择两名不同的检查人员");

        MvcTestResult noEnterprise = record(inspectorLi, "", TODAY.toString(), li, wang);
        assertThat(text(noEnterprise)).contains("id=\"inspection-enterprise-error\"");

        MvcTestResult future = record(inspectorLi, enterprise.creditCode().value(), TODAY.plusDays(3).toString(),
                li, wang);
        assertThat(text(future)).contains("id=\"inspection-date-error\"");

        MvcTestResult stranger = record(inspectorLi, enterprise.creditCode().value(), TODAY.toString(), li,
                "nobody-" + run);
        assertThat(text(stranger)).contains("检查人员须为本单位的执法人员");

        assertThat(jdbc().sql("SELECT count(*) FROM enforcement.inspection WHERE enterprise_id = :e")
                .param("e", enterprise.id().value()).query(Long.class).single()).isZero();
        assertThat(RawCodes.inHtml(text(oneInspector))).isEmpty();
    }

    @Test
    void an_inspection_is_recorded_marked_raised_signed_by_two_accounts_and_closed_and_a_third_cannot_sign() {
        accounts();
        Enterprise enterprise = enterprise("IHAZARDOUS_CHEMICALS");
        MvcTestResult recorded = record(inspectorLi, enterprise.creditCode().value(), TODAY.toString(), li, wang);
        assertThat(recorded).hasStatus(HttpStatus.FOUND);
        String page = recorded.getResponse().getRedirectedUrl();
        assertThat(page).startsWith("/enforcement/inspections/");
        String id = page.substring(page.lastIndexOf('/') + 1);

        String detail = html(inspectorLi, page);
        assertThat(detail).contains("检查依据：CHEM-2017", "李检查、王检查", "四不两直", "id=\"sign-submit\"",
                "data-confirm=");
        assertThat(RawCodes.inText(withoutStandardCodes(detail))).isEmpty();

        long version = version(id);
        MvcTestResult noClause = post(inspectorLi, page + "/items/2", version, Map.of("mark", "FINDING", "note", "x"));
        assertThat(noClause).hasStatus(HttpStatus.FOUND);
        assertThat(post(inspectorLi, page + "/items/2", version, Map.of("mark", "FINDING",
                "clause", "CHEM-2017|2", "note", "两名特种作业人员未持证上岗"))).hasStatus(HttpStatus.FOUND);
        MvcTestResult raised = post(inspectorLi, page + "/items/2/hazard", version(id), Map.of("location", "二号罐区"));
        Object hazard = raised.getMvcResult().getFlashMap().get("raisedHazard");
        assertThat(hazard).isNotNull();
        assertThat(html(inspectorLi, page)).contains("href=\"/hazards/" + hazard + "\"");
        assertThat(html(TestCallers.committeeAdmin(), "/hazards/" + hazard)).contains("督导检查发现",
                "href=\"/enforcement/inspections/" + id + "\"");

        // a refusal of the hazards module reads in the reader's language on every later visit, not only at once
        post(inspectorLi, page + "/items/3", version(id), Map.of("mark", "FINDING", "clause", "CHEM-2017|999",
                "note", "引用了不存在的条款"));
        MvcTestResult refused = post(inspectorLi, page + "/items/3/hazard", version(id), Map.of("location", "三号库"));
        assertThat(refused.getMvcResult().getFlashMap().get("raisedHazard")).isNull();
        assertThat(html(inspectorLi, page)).contains("隐患库未接受：", "中没有第999条");

        for (String item : jdbc().sql("SELECT jsonb_array_elements(document->'checklist')->>'code' FROM "
                + "enforcement.inspection WHERE id = :id").param("id", UUID.fromString(id)).query(String.class).list()) {
            if (!item.equals("2")) {
                post(inspectorWang, page + "/items/" + item, version(id), Map.of("mark", "FINE"));
            }
        }

        assertThat(html(inspectorZhou, page)).doesNotContain("id=\"sign-submit\"");
        MvcTestResult notNamed = post(inspectorZhou, page + "/signature", version(id), Map.of());
        assertThat(notNamed.getMvcResult().getFlashMap().get("failure"))
                .isEqualTo("enforcement.inspection.not-an-inspector");
        assertThat(signatures(id)).isZero();

        post(inspectorLi, page + "/signature", version(id), Map.of());
        assertThat(html(inspectorLi, page)).doesNotContain("id=\"sign-submit\"");
        MvcTestResult oneSignature = post(inspectorLi, page + "/closure", version(id), Map.of());
        assertThat(oneSignature.getMvcResult().getFlashMap().get("failure"))
                .isEqualTo("enforcement.inspection.signatures-missing");
        post(inspectorWang, page + "/signature", version(id), Map.of());
        assertThat(signatures(id)).isEqualTo(2);
        post(inspectorWang, page + "/closure", version(id), Map.of());
        String closed = html(inspectorWang, page);
        assertThat(closed).contains("已办结", "李检查", "王检查").doesNotContain("id=\"close-submit\"");
        assertThat(jdbc().sql("SELECT username FROM audit.entry WHERE entity_id = :id AND action = 'inspection.signed' "
                + "ORDER BY sequence").param("id", id).query(String.class).list()).containsExactly(li, wang);
    }

    @Test
    void the_exam_and_evidence_forms_show_field_errors_and_a_photo_is_kept_and_served() throws Exception {
        accounts();
        Enterprise enterprise = enterprise("IHAZARDOUS_CHEMICALS");
        String page = record(inspectorLi, enterprise.creditCode().value(), TODAY.toString(), li, wang).getResponse()
                .getRedirectedUrl();
        String id = page.substring(page.lastIndexOf('/') + 1);

        MvcTestResult badScore = post(inspectorLi, page + "/exam", version(id), Map.of("score", "130",
                "passMark", "60"));
        assertThat(badScore).hasStatusOk();
        assertThat(text(badScore)).contains("id=\"exam-score-error\"", "不能大于 100");
        post(inspectorLi, page + "/exam", version(id), Map.of("score", "55", "passMark", "60"));
        assertThat(html(inspectorLi, page)).contains("55 分（合格线 60 分）", "不合格");

        MvcTestResult notAPhoto = mvc.post().uri(page + "/evidence").with(inspectorLi).with(csrf()).multipart()
                .file(new MockMultipartFile("file", "现场.png", "image/png", "MZ-not-a-picture".getBytes()))
                .param("version", String.valueOf(version(id))).exchange();
        assertThat(notAPhoto).hasStatusOk();
        assertThat(text(notAPhoto)).contains("id=\"evidence-file-error\"", "仅接受 JPG、PNG 照片和 PDF 文件");
        assertThat(mvc.post().uri(page + "/evidence").with(inspectorLi).with(csrf()).multipart()
                .file(new MockMultipartFile("file", "现场.png", "image/png", PNG))
                .param("version", String.valueOf(version(id))).exchange()).hasStatus(HttpStatus.FOUND);
        String withPhoto = html(inspectorLi, page);
        assertThat(withPhoto).contains("现场.png", "class=\"thumbnail\"");

        String fileId = jdbc().sql("SELECT document->'evidence'->0->>'id' FROM enforcement.inspection WHERE id = :id")
                .param("id", UUID.fromString(id)).query(String.class).single();
        MvcTestResult download = mvc.get().uri(page + "/evidence/" + fileId).with(inspectorWang).exchange();
        assertThat(download).hasStatusOk();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PNG);

        String api = mvc.get().uri("/api/v1/enforcement/inspections/" + id + "/evidence").with(inspectorWang)
                .exchange().getResponse().getContentAsString();
        assertThat(api).contains(fileId, "image/png");
        MvcTestResult apiUpload = mvc.post().uri("/api/v1/enforcement/inspections/" + id + "/evidence")
                .with(inspectorWang).header("If-Match", "\"" + version(id) + "\"").multipart()
                .file(new MockMultipartFile("file", "记录.pdf", "application/pdf", "%PDF-1.4 test".getBytes()))
                .exchange();
        assertThat(apiUpload).hasStatus(HttpStatus.CREATED);
        MvcTestResult apiRefused = mvc.post().uri("/api/v1/enforcement/inspections/" + id + "/evidence")
                .with(inspectorWang).header("If-Match", "\"" + version(id) + "\"").multipart()
                .file(new MockMultipartFile("file", "x.pdf", "application/pdf", "MZ".getBytes())).exchange();
        assertThat(apiRefused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(apiRefused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("enforcement.evidence.type-not-allowed");
    }

    @Test
    void an_enterprise_manager_sees_only_its_own_enterprises_inspections_and_cannot_record() {
        accounts();
        Enterprise own = enterprise("IHAZARDOUS_CHEMICALS");
        Enterprise other = enterprise("IHAZARDOUS_CHEMICALS");
        String ownPage = record(inspectorLi, own.creditCode().value(), TODAY.toString(), li, wang).getResponse()
                .getRedirectedUrl();
        String otherPage = record(inspectorLi, other.creditCode().value(), TODAY.toString(), li, wang).getResponse()
                .getRedirectedUrl();
        RequestPostProcessor manager = TestCallers.as("pg-mgr-" + run,
                RoleAssignment.enterpriseManager(own.id().value()));

        String list = html(manager, "/enforcement/inspections");
        assertThat(list).contains(own.name()).doesNotContain(other.name()).doesNotContain("id=\"record-inspection\"");
        assertThat(RawCodes.inHtml(list)).isEmpty();
        assertThat(mvc.get().uri(ownPage).with(manager)).hasStatusOk();
        assertThat(mvc.get().uri(otherPage).with(manager)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/enforcement/inspections/new").with(manager)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(html(manager, ownPage)).doesNotContain("id=\"sign-submit\"", "id=\"exam-form\"");
    }

    @Test
    void the_landing_page_list_and_review_list_read_in_chinese_with_names_not_codes() {
        accounts();
        Enterprise enterprise = enterprise("IHAZARDOUS_CHEMICALS");
        record(inspectorLi, enterprise.creditCode().value(), TODAY.toString(), li, wang);

        String home = html(inspectorLi, "/enforcement");
        assertThat(home).contains("执法检查", "责任倒查", "处罚案件", "id=\"nav-enforcement\"");
        assertThat(RawCodes.inHtml(home)).isEmpty();
        String list = html(inspectorLi, "/enforcement/inspections?method=FOUR_NOS_TWO_STRAIGHTS&status=OPEN");
        assertThat(list).contains(enterprise.name(), "四不两直", "检查中");
        assertThat(RawCodes.inHtml(list)).isEmpty();
        assertThat(html(inspectorLi, "/enforcement/inspections?method=ROUTINE&enterprise=" + enterprise.id().value()))
                .contains("没有符合条件的检查");
        String review = html(TestCallers.committeeAdmin(), "/enforcement/inspections/review-list");
        assertThat(review).contains("责任倒查");
        assertThat(RawCodes.inHtml(review)).isEmpty();
        assertThat(html(TestCallers.auditor(), "/")).contains("id=\"nav-enforcement\"");
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private MvcTestResult record(RequestPostProcessor caller, String creditCode, String date, String... inspectors) {
        var request = mvc.post().uri("/enforcement/inspections/new").with(caller).with(csrf())
                .param("creditCode", creditCode).param("inspectedOn", date).param("method", "FOUR_NOS_TWO_STRAIGHTS");
        for (String inspector : inspectors) {
            request = request.param("inspectors", inspector);
        }
        return request.exchange();
    }

    private MvcTestResult post(RequestPostProcessor caller, String path, long version, Map<String, String> params) {
        var request = mvc.post().uri(path).with(caller).with(csrf()).param("version", String.valueOf(version));
        for (Map.Entry<String, String> param : params.entrySet()) {
            request = request.param(param.getKey(), param.getValue());
        }
        return request.exchange();
    }

    private String html(RequestPostProcessor caller, String path) {
        MvcTestResult result = mvc.get().uri(path).with(caller).exchange();
        assertThat(result).hasStatusOk();
        return text(result);
    }

    private static String text(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** The page's text without standard codes such as CHEM-2017, which users read and cite. */
    private static String withoutStandardCodes(String html) {
        return RawCodes.visibleText(html).replaceAll("[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+", " ");
    }

    private long version(String id) {
        return jdbc().sql("SELECT version FROM enforcement.inspection WHERE id = :id").param("id", UUID.fromString(id))
                .query(Long.class).single();
    }

    private int signatures(String id) {
        return jdbc().sql("SELECT jsonb_array_length(document->'signatures') FROM enforcement.inspection WHERE id = :id")
                .param("id", UUID.fromString(id)).query(Integer.class).single();
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    private Enterprise enterprise(String industry) {
        Enterprise enterprise = Enterprise.register(EnterpriseId.newId(), creditCode(),
                new EnterpriseProfile("检查页面测试企业" + UUID.randomUUID().toString().substring(0, 8),
                        JurisdictionCode.of(AKTO), IndustryCode.of(industry.substring(1)), true, "阿克陶县测试路 2 号",
                        new Person("张三", "13800000000", null), new Person("李四", "13900000000", null),
                        StandardisationGrade.NONE, EnterpriseStatus.OPERATING));
        return enterprises.save(enterprise);
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
