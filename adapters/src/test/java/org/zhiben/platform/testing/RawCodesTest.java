package org.zhiben.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RawCodesTest {

    @Test
    void finds_the_codes_a_chinese_page_must_not_show() {
        assertThat(RawCodes.inText("主管部门 CULTURE_TOURISM 与 SAMR，属地 653022")).containsExactly(
                "CULTURE_TOURISM", "SAMR", "653022");
        assertThat(RawCodes.inText("MajorHazard user status=DETERMINED->RECTIFYING;fundsFen=150000"))
                .contains("MajorHazard", "status", "DETERMINED", "RECTIFYING", "fundsFen");
    }

    @Test
    void credit_codes_hazard_numbers_dates_and_amounts_are_not_codes() {
        assertThat(RawCodes.inText("91653001MA78A0B9X6 隐患 653022-2026-00058 于 2026年12月2日，资金 1,500.00 元，"
                + "共 120,000 条，第 3 页")).isEmpty();
    }

    @Test
    void reads_only_the_visible_text_of_html() {
        String html = """
                <html><head><title>SAMR</title><script>var CODE_X = 1;</script></head>
                <body><a href="/x?jurisdiction=653022" class="STATE_OK" title="条款">阿克陶县</a>
                <p>行业 &amp; 领域 CULTURE&#95;TOURISM</p></body></html>""";
        assertThat(RawCodes.visibleText(html)).isEqualTo("阿克陶县 行业 & 领域 CULTURE_TOURISM");
        assertThat(RawCodes.inHtml(html)).containsExactly("CULTURE_TOURISM");
        assertThat(RawCodes.inHtml(html, "CULTURE_TOURISM")).isEmpty();
    }
}
