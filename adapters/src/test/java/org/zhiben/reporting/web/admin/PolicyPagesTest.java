package org.zhiben.reporting.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.organization.MemberUnits;
import org.zhiben.platform.testing.RawCodes;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.platform.testing.TestNames;
import org.zhiben.shared.UnitCode;

/**
 * The 附表2 pages: a department enters a policy with its issued document on the form and the committee office finds it
 * in the prefecture-wide compilation, in Chinese, with the unit by name and the date as 2026年12月2日; a wrong value is
 * marked next to its field and nothing is stored; a correction made against an outdated copy is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PolicyPagesTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final byte[] PDF = "%PDF-1.4\n%policy page\n".getBytes(StandardCharsets.US_ASCII);
    static final RequestPostProcessor HOUSING = TestCallers.departmentOfficer("HOUSING");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MemberUnits units;

    @Test
    void a_department_enters_a_policy_with_its_document_and_the_committee_office_reads_it_in_the_compilation() {
        String form = html(mvc.get().uri("/reporting/policies/new").with(HOUSING).exchange());
        assertThat(form).contains("登记政策文件", "规范性文件", "工作制度", "已抄送自治州安委会办公室");
        assertThat(RawCodes.inHtml(form)).isEmpty();

        String title = "城镇燃气安全隐患排查治理制度" + TestNames.letters();
        LocalDate issued = TODAY.minusDays(10);
        MvcTestResult saved = mvc.post().uri("/reporting/policies").with(HOUSING).with(csrf()).multipart()
                .file(new MockMultipartFile("file", "燃气制度.pdf", "application/pdf", PDF))
                .param("unit", "HOUSING").param("title", title).param("documentNumber", "克州住建发" + title)
                .param("issuedOn", issued.toString()).param("kind", "WORK_RULE").param("copiedToOffice", "true")
                .exchange();
        assertThat(saved).hasStatus3xxRedirection();
        String detail = html(mvc.get().uri(saved.getResponse().getRedirectedUrl()).with(HOUSING).exchange());
        String chineseDate = issued.getYear() + "年" + issued.getMonthValue() + "月" + issued.getDayOfMonth() + "日";
        assertThat(detail).contains(title, chineseDate, "工作制度", "燃气制度.pdf");
        assertThat(RawCodes.inHtml(detail)).isEmpty();

        String compiled = html(mvc.get().uri("/reporting/policies?kind=WORK_RULE").with(TestCallers.committeeAdmin())
                .exchange());
        assertThat(compiled).contains("附表2", title, chineseDate, "燃气制度.pdf", "全部单位");
        assertThat(RawCodes.visibleText(compiled)).doesNotContain("HOUSING", "WORK_RULE");
        String housingUnit = units.findByCode(UnitCode.of("HOUSING")).orElseThrow().name();
        assertThat(compiled).contains(housingUnit);

        String aktoSees = html(mvc.get().uri("/reporting/policies").with(TestCallers.countyOfficer(TestCallers.AKTO))
                .exchange());
        assertThat(aktoSees).doesNotContain(title);
    }

    @Test
    void a_wrong_value_is_marked_next_to_its_field_and_nothing_is_stored() {
        String title = "未来印发的文件" + TestNames.letters();
        MvcTestResult refused = mvc.post().uri("/reporting/policies").with(HOUSING).with(csrf()).multipart()
                .file(new MockMultipartFile("file", "x.pdf", "application/pdf", PDF))
                .param("unit", "HOUSING").param("title", title).param("documentNumber", "号" + title)
                .param("issuedOn", TODAY.plusDays(1).toString()).param("kind", "STANDARD").exchange();
        String page = html(refused);
        assertThat(page).contains("id=\"issuedOn-error\"", "晚于今天");

        MvcTestResult notPdf = mvc.post().uri("/reporting/policies").with(HOUSING).with(csrf()).multipart()
                .file(new MockMultipartFile("file", "x.pdf", "application/pdf",
                        "plain text".getBytes(StandardCharsets.UTF_8)))
                .param("unit", "HOUSING").param("title", title).param("documentNumber", "号" + title)
                .param("issuedOn", TODAY.toString()).param("kind", "STANDARD").exchange();
        assertThat(html(notPdf)).contains("id=\"file-error\"", "仅接受 PDF 文件");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM reporting.policy_entry WHERE title = ?", Long.class,
                title)).isZero();
    }

    @Test
    void a_correction_made_on_an_outdated_copy_is_refused_and_the_line_stays_as_it_was() {
        String title = "安全生产工作制度" + TestNames.letters();
        MvcTestResult saved = mvc.post().uri("/reporting/policies").with(HOUSING).with(csrf()).multipart()
                .param("unit", "HOUSING").param("title", title).param("documentNumber", "号" + title)
                .param("issuedOn", TODAY.toString()).param("kind", "STANDARD").exchange();
        String path = saved.getResponse().getRedirectedUrl();
        assertThat(mvc.post().uri(path).with(HOUSING).with(csrf()).multipart().param("version", "0")
                .param("title", title + "一改").param("documentNumber", "号" + title).param("issuedOn", TODAY.toString())
                .param("kind", "STANDARD").exchange()).hasStatus3xxRedirection();

        String stale = html(mvc.post().uri(path).with(HOUSING).with(csrf()).multipart().param("version", "0")
                .param("title", title + "二改").param("documentNumber", "号" + title).param("issuedOn", TODAY.toString())
                .param("kind", "STANDARD").exchange());
        assertThat(stale).contains("id=\"form-errors\"", "已被他人修改");
        assertThat(jdbc.queryForObject("SELECT title FROM reporting.policy_entry WHERE document_number = ?",
                String.class, "号" + title)).isEqualTo(title + "一改");
    }

    private static String html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
