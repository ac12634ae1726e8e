package org.zhiben.training.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.platform.testing.TestNames;
import org.zhiben.platform.web.SpreadsheetCells;
import org.zhiben.platform.web.ui.BrowserTest;
import org.zhiben.training.TrainingFixtures;

/**
 * In a real Chromium, an enterprise's safety manager opens the training records, follows "批量导入", uploads a CSV of
 * its staff's training with one refused row, and reads the report: one created, one not imported, the problem on its
 * line under the column 身份证号后四位.
 */
class TrainingImportBrowserTest extends BrowserTest {

    @Autowired
    EnterpriseStore enterprises;

    @Test
    void an_enterprise_imports_its_staff_training_and_reads_the_report() throws Exception {
        Enterprise own = TrainingFixtures.enterprise(enterprises, "导入浏览化工", "653022", "HAZARDOUS_CHEMICALS", true);
        String manager = "ui-train-import-" + RUN;
        create(manager, "导入测试企业安全员", RoleAssignment.enterpriseManager(own.id().value()));
        String course = "危险化学品从业人员岗前培训" + TestNames.letters();
        Path csv = Files.createTempDirectory("training-import-").resolve("培训记录.csv");
        Files.writeString(csv, SpreadsheetCells.csvLine(List.of("统一社会信用代码", "姓名", "身份证号后四位", "人员类别",
                "培训课程", "培训机构", "开始日期", "结束日期", "学时", "考试结果"))
                + SpreadsheetCells.csvLine(List.of(own.creditCode().value(), "马晓东", "321X", "高危行业领域从业人员",
                course, "克州安全生产培训中心", "2026-03-02", "2026-03-04", "24", "合格"))
                + SpreadsheetCells.csvLine(List.of(own.creditCode().value(), "古丽", "32", "高危行业领域从业人员",
                course, "克州安全生产培训中心", "2026-03-02", "2026-03-04", "24", "合格")));

        signIn(manager);
        open("/training/records");
        clickAndLoad(By.id("import-training"));
        waitFor(By.id("import-form"));
        assertThat(text(By.id("import-headings"))).startsWith("统一社会信用代码、单位名称、属地、姓名");
        browser.findElement(By.id("import-file")).sendKeys(csv.toAbsolutePath().toString());
        clickAndLoad(By.id("import-submit"));

        waitFor(By.id("import-report"));
        assertThat(text(By.id("count-created"))).isEqualTo("1");
        assertThat(text(By.id("count-rejected"))).isEqualTo("1");
        assertThat(browser.findElements(By.cssSelector("#import-errors tbody tr td"))).extracting(WebElement::getText)
                .containsExactly("3", "身份证号后四位", "身份证号后四位为三位数字加一位数字或 X");
        screenshot("40-training-import");
    }
}
