package org.zhiben.platform.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Static files: linked by a content version and kept for a year; the pages themselves are never cached. */
@SpringBootTest
@AutoConfigureMockMvc
class StaticResourcesTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void the_stylesheet_is_linked_by_its_content_version_and_kept_for_a_year() throws Exception {
        MockHttpServletResponse page = mvc.get().uri("/login").exchange().getResponse();
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        Matcher stylesheet = Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"").matcher(html);
        assertThat(stylesheet.find()).as("versioned stylesheet link in %s", html).isTrue();
        assertThat(page.getHeader("Cache-Control")).contains("no-store");

        MockHttpServletResponse css = mvc.get().uri(stylesheet.group(1)).exchange().getResponse();
        assertThat(css.getStatus()).isEqualTo(200);
        assertThat(css.getContentAsString()).contains("--focus");
        assertThat(css.getHeader("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
    }

    @Test
    void the_script_and_the_icons_are_versioned_too() throws Exception {
        String html = mvc.get().uri("/login").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).containsPattern("<script src=\"/webjars/htmx.org/[0-9.]+/dist/htmx.min-[0-9a-f]{32}\\.js\"")
                .containsPattern("rel=\"icon\" type=\"image/svg\\+xml\" href=\"/images/favicon-[0-9a-f]{32}\\.svg\"")
                .containsPattern("rel=\"icon\" type=\"image/png\" sizes=\"32x32\" href=\"/images/favicon-32-[0-9a-f]{32}\\.png\"");
        Matcher script = Pattern.compile("src=\"(/webjars/[^\"]+)\"").matcher(html);
        assertThat(script.find()).isTrue();
        MockHttpServletResponse htmx = mvc.get().uri(script.group(1)).exchange().getResponse();
        assertThat(htmx.getStatus()).isEqualTo(200);
        assertThat(htmx.getHeader("Cache-Control")).contains("max-age=31536000").contains("immutable");
    }

    @Test
    void a_static_file_asked_for_without_a_version_is_revalidated_each_time() {
        MockHttpServletResponse favicon = mvc.get().uri("/favicon.ico").exchange().getResponse();

        assertThat(favicon.getStatus()).isEqualTo(200);
        assertThat(favicon.getContentType()).contains("icon");
        assertThat(favicon.getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(mvc.get().uri("/css/app.css").exchange().getResponse().getHeader("Cache-Control"))
                .isEqualTo("no-cache");
    }
}
