package org.zhiben.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class ApplicationStartsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void flyway_owns_the_schema_including_the_event_publication_registry() {
        Integer tables = jdbc.queryForObject(
                "select count(*) from information_schema.tables where table_name = 'event_publication'", Integer.class);
        assertThat(tables).isEqualTo(1);
        Integer migrations = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success", Integer.class);
        assertThat(migrations).isPositive();
    }

    @Test
    void the_health_endpoint_reports_up() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk()
                .bodyJson().extractingPath("$.status").isEqualTo("UP");
    }

    @Test
    void the_openapi_document_and_swagger_ui_are_served() {
        assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk()
                .bodyJson().extractingPath("$.info.title").isEqualTo("Zhiben API");
        assertThat(mvc.get().uri("/v3/api-docs")).bodyJson()
                .extractingPath("$.paths['/api/v1/campaign/tasks']").isNotNull();
        assertThat(mvc.get().uri("/swagger-ui/index.html")).hasStatusOk();
    }
}
