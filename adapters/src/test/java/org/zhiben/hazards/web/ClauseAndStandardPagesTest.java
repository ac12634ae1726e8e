package org.zhiben.hazards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.platform.testing.RawCodes;
import org.zhiben.platform.testing.TestCallers;

/**
 * A cited clause of a determination standard carries its text (on hover and in full on the hazard's page), and the
 * standards' pages speak Chinese: their notes are Chinese and no code but the standards' own identifiers shows.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClauseAndStandardPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EnterpriseStore enterprises;

    HazardApiSupport api;

    @BeforeEach
    void setUp() {
        api = new HazardApiSupport(mvc, enterprises);
    }

    @Test
    void the_hazard_page_shows_the_text_of_the_clause_it_was_determined_by() throws Exception {
        UUID enterprise = api.enterprise("653001", "HAZARDOUS_CHEMICALS");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String id = api.registered(Map.of("enterpriseId", enterprise, "location", "二号罐区",
                "description", "两名特种作业人员未持证上岗", "discoveredOn", today.minusDays(3).toString(),
                "channel", "SELF_INSPECTION", "sourceReference", "ZC-2026-0117",
                "clause", Map.of("standardCode", "CHEM-2017", "clauseNumber", "2"))).get("id").asString();

        String html = mvc.get().uri("/hazards/" + id).with(TestCallers.committeeAdmin()).exchange().getResponse()
                .getContentAsString();

        assertThat(html).contains("title=\"特种作业人员未持证上岗。\"");
        assertThat(html).contains("id=\"hazard-clause-text\">特种作业人员未持证上岗。</blockquote>");
        assertThat(RawCodes.visibleText(html)).contains("CHEM-2017 第 2 项");
    }

    @Test
    void the_standards_pages_show_chinese_notes_and_no_codes() throws Exception {
        for (String page : new String[] {"/standards", "/standards/CHEM-2017", "/standards/FIREWORKS-2017"}) {
            String html = mvc.get().uri(page).with(TestCallers.committeeAdmin()).exchange().getResponse()
                    .getContentAsString();
            // a standard's own code (CHEM-2017, and those other tests import) identifies it as a document number does
            String withoutStandardCodes = RawCodes.visibleText(html).replaceAll("[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+", " ");
            assertThat(RawCodes.inText(withoutStandardCodes)).as(page).isEmpty();
            assertThat(RawCodes.visibleText(html)).as(page).doesNotContain("Official publication", "Clauses are");
        }
        String detail = mvc.get().uri("/standards/CHEM-2017").with(TestCallers.committeeAdmin()).exchange()
                .getResponse().getContentAsString();
        assertThat(RawCodes.visibleText(detail)).contains("正式发布：原国家安全生产监督管理总局", "清单前言");
    }
}
