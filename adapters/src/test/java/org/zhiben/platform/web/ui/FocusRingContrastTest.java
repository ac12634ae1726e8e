package org.zhiben.platform.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The focus ring must stand out from what it surrounds by at least 3:1 (WCAG 2.2, 1.4.11 non-text contrast): computed
 * from the colours the stylesheet declares, by the WCAG relative luminance formula.
 */
class FocusRingContrastTest {

    @Test
    void the_focus_ring_has_at_least_3_to_1_against_the_page_and_the_white_panels() throws IOException {
        String css = stylesheet();
        String focus = colour(css, "focus");

        assertThat(contrast(focus, colour(css, "white"))).isGreaterThanOrEqualTo(3.0);
        assertThat(contrast(focus, colour(css, "paper"))).isGreaterThanOrEqualTo(3.0);
        assertThat(css).contains("outline: 3px solid var(--focus)");
    }

    @Test
    void in_the_red_header_the_ring_has_at_least_3_to_1_against_the_seal_red() throws IOException {
        String css = stylesheet();

        assertThat(contrast(colour(css, "focus-on-brand"), colour(css, "brand"))).isGreaterThanOrEqualTo(3.0);
        assertThat(css).contains("outline-color: var(--focus-on-brand)");
    }

    @Test
    void the_formula_gives_the_known_ratios() {
        assertThat(contrast("#000000", "#ffffff")).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#f0b429", "#ffffff")).as("the old amber ring").isLessThan(2.0);
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static String colour(String css, String property) {
        Matcher m = Pattern.compile("--" + Pattern.quote(property) + ":\\s*(#[0-9a-fA-F]{6})").matcher(css);
        assertThat(m.find()).as("--%s declared as a six-digit colour", property).isTrue();
        return m.group(1);
    }

    private static String stylesheet() throws IOException {
        try (InputStream in = FocusRingContrastTest.class.getResourceAsStream("/static/css/app.css")) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
