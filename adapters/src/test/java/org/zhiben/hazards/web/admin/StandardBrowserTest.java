package org.zhiben.hazards.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.zhiben.platform.web.ui.BrowserTest;

class StandardBrowserTest extends BrowserTest {

    @Test
    void the_chemicals_standard_of_2017_shows_its_twenty_clauses_and_its_versions() throws Exception {
        signIn(ADMIN);
        clickAndLoad(By.id("nav-standards"));
        waitFor(By.id("standards"));
        assertThat(text(By.id("standard-CHEM-2017"))).contains("安监总管三〔2017〕121号").contains("2017年11月13日");

        clickAndLoad(By.cssSelector("#standard-CHEM-2017 a"));
        waitFor(By.id("clauses"));
        assertThat(text(By.id("standard-code"))).isEqualTo("CHEM-2017");
        assertThat(browser.findElements(By.cssSelector("#clauses li.clause"))).hasSize(20);
        assertThat(text(By.id("clause-2"))).isEqualTo("第 2 条 特种作业人员未持证上岗。");
        assertThat(text(By.id("clauses"))).contains("判定条款（共 20 条）");
        assertThat(text(By.id("versions"))).contains("CHEM-2017");
        assertThat(text(By.id("notes"))).contains("安监总管三〔2017〕121号");
        screenshot("23-standard-clauses");
    }

    @Test
    void a_malformed_yaml_document_is_refused_with_its_reason_and_only_the_committee_office_may_import()
            throws Exception {
        Path yaml = Files.createTempFile("standard-", ".yaml");
        Files.writeString(yaml, "code: TEST-BROKEN\ntitle: 缺少条款的标准\n", StandardCharsets.UTF_8);
        signIn(ADMIN);
        open("/standards");
        clickAndLoad(By.id("import-standard"));
        waitFor(By.id("standard-import-form"));
        browser.findElement(By.id("standard-file")).sendKeys(yaml.toAbsolutePath().toString());
        clickAndLoad(By.id("standard-import-submit"));
        assertThat(waitFor(By.id("standard-import-errors")).getText()).contains(yaml.getFileName().toString())
                .contains("必填");
        Files.delete(yaml);

        browser.manage().deleteAllCookies();
        signIn(AKTO_OFFICER);
        open("/standards");
        waitFor(By.id("standards"));
        assertThat(browser.findElements(By.id("import-standard"))).isEmpty();
        open("/standards/import");
        waitFor(By.id("error-403"));
    }

    @Test
    void an_unknown_standard_is_the_layouts_not_found_page() {
        signIn(ADMIN);
        open("/standards/NO-SUCH-STANDARD");
        assertThat(waitFor(By.id("error-404")).getText()).contains("页面不存在");
    }
}
