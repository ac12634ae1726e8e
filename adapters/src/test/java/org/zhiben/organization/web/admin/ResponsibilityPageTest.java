package org.zhiben.organization.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.zhiben.platform.testing.RawCodes;
import org.zhiben.platform.testing.TestCallers;

/** The responsibility page names units, industries and jurisdictions in its trace and in its refusals. */
@SpringBootTest
@AutoConfigureMockMvc
class ResponsibilityPageTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void the_trace_names_the_units_the_industry_and_the_jurisdiction() throws Exception {
        var page = mvc.post().uri("/responsibility").with(TestCallers.committeeAdmin())
                .param("description", "景区游乐设施检查").param("industry", "CULTURE_TOURISM")
                .param("competentUnit", "SAMR").param("jurisdiction", "653022").exchange();

        assertThat(page).hasStatusOk();
        String html = page.getResponse().getContentAsString();
        String trace = RawCodes.visibleText(html.substring(html.indexOf("id=\"resolution-trace\""),
                html.indexOf("</ol>", html.indexOf("id=\"resolution-trace\""))));
        assertThat(trace).contains("州市场监督管理局", "州文化体育和旅游局", "文化和旅游经营单位", "阿克陶县");
        assertThat(RawCodes.inText(trace)).isEmpty();
        assertThat(RawCodes.inHtml(html)).isEmpty();
    }

    @Test
    void a_refusal_names_the_competent_department_instead_of_its_code() throws Exception {
        var page = mvc.post().uri("/responsibility").with(TestCallers.committeeAdmin())
                .param("description", "新型剧本娱乐场所").param("industry", "CULTURE_TOURISM")
                .param("newBusinessForm", "true").exchange();

        assertThat(page).hasStatusOk();
        String html = page.getResponse().getContentAsString();
        assertThat(RawCodes.visibleText(html)).contains("不能同时指定主管部门 州文化体育和旅游局");
        assertThat(RawCodes.inHtml(html)).isEmpty();
    }

    @Test
    void the_api_names_the_department_in_the_detail_of_its_problem() {
        var answer = mvc.post().uri("/api/v1/responsibility/resolutions").with(TestCallers.committeeAdmin())
                .contentType("application/json").content("""
                        {"description":"新型剧本娱乐场所","industry":"CULTURE_TOURISM","newBusinessForm":true}""")
                .exchange();

        assertThat(answer).hasStatus(400);
        assertThat(answer).bodyText().contains("州文化体育和旅游局").doesNotContain("主管部门 CULTURE");
    }
}
