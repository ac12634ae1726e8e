package org.zhiben.training.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.platform.testing.RawCodes;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.platform.testing.TestNames;
import org.zhiben.platform.web.LocaleConfiguration;
import org.zhiben.platform.web.SpreadsheetCells;
import org.zhiben.training.TrainingFixtures;

/**
 * The import pages of training: the form lists the Chinese headings and offers a template; an upload shows its counts
 * and every refused cell with its line and column in the reader's language; the same file again shows it unchanged;
 * a wrong header is a message on the file field; only those who record training may import.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrainingImportPagesTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    EnterpriseStore enterprises;

    @Test
    void an_enterprise_uploads_its_staff_training_and_reads_the_report_in_chinese_and_english() throws Exception {
        Enterprise own = TrainingFixtures.enterprise(enterprises, "页面导入化工", TestCallers.AKTO,
                "HAZARDOUS_CHEMICALS", true);
        RequestPostProcessor manager = TestCallers.as(RoleAssignment.enterpriseManager(own.id().value()));
        String course = "页面导入培训" + TestNames.letters();

        MvcTestResult form = mvc.get().uri("/training/records/import").with(manager).exchange();
        assertThat(form).hasStatusOk();
        assertThat(RawCodes.visibleText(form.getResponse().getContentAsString()))
                .contains("批量导入培训记录", "统一社会信用代码、单位名称、属地、姓名、身份证号后四位", "下载 CSV 模板");

        MvcTestResult template = mvc.get().uri("/training/records/import/template.csv").with(manager).exchange();
        assertThat(template).hasStatusOk();
        String templateText = new String(template.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(templateText).startsWith("\uFEFF统一社会信用代码,单位名称,属地,姓名,身份证号后四位,人员类别,培训课程");
        assertThat(new String(mvc.get().uri("/training/certificates/import/template.csv").with(manager).exchange()
                .getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .startsWith("\uFEFF统一社会信用代码,姓名,身份证号后四位,作业类别,证书编号,发证日期,有效期至");

        String csv = templateText.lines().findFirst().orElseThrow() + "\r\n"
                + SpreadsheetCells.csvLine(List.of(own.creditCode().value(), "", "", "王小明", "123X", "企业主要负责人",
                course, "克州培训中心", "2026-03-02", "2026-03-06", "32", "合格", ""))
                + SpreadsheetCells.csvLine(List.of(own.creditCode().value(), "", "", "李大力", "12", "企业主要负责人",
                course, "克州培训中心", "2026-03-02", "2026-03-06", "32", "合格", ""));
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);

        String first = RawCodes.visibleText(upload("/training/records/import", manager, file, "zh-CN"));
        assertThat(first).contains("导入结果：培训.csv", "行数 2", "新增 1", "未变化 0", "未导入 1",
                "身份证号后四位");
        String again = upload("/training/records/import", manager, file, "zh-CN");
        assertThat(RawCodes.visibleText(again)).contains("新增 0", "未变化 1", "未导入 1");
        assertThat(RawCodes.inHtml(again)).isEmpty();
        String english = RawCodes.visibleText(upload("/training/records/import", manager, file, "en"));
        assertThat(english).contains("Import result", "Unchanged 1", "Last four characters of the ID number");

        String wrongHeader = RawCodes.visibleText(upload("/training/records/import", manager,
                "姓名,课程\n王小明,安全\n".getBytes(StandardCharsets.UTF_8), "zh-CN"));
        assertThat(wrongHeader).contains("表头含有无法识别的列“课程”").doesNotContain("导入结果");

        assertThat(mvc.get().uri("/training/certificates/import").with(manager).exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/training/records/import").with(TestCallers.auditor()).exchange()).hasStatus(403);
    }

    private String upload(String uri, RequestPostProcessor caller, byte[] content, String language)
            throws Exception {
        MvcTestResult page = mvc.post().uri(uri).with(caller)
                .cookie(new Cookie(LocaleConfiguration.LANGUAGE_COOKIE, language)).multipart()
                .file(new MockMultipartFile("file", "培训.csv", "text/csv", content)).exchange();
        assertThat(page).hasStatusOk();
        return page.getResponse().getContentAsString();
    }
}
