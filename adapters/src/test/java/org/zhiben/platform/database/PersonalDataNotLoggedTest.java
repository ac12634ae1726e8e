package org.zhiben.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhiben.enterprises.web.TestCreditCodes;
import org.zhiben.platform.testing.TestCallers;

/**
 * When the database refuses an insert, the log names the statement and the constraint but holds none of the bound
 * values: not the principal's or the controller's name, phone or e-mail (PgJDBC's {@code logServerErrorDetail=false}
 * keeps both the batch entry with its parameters and the server's "Failing row contains" detail out of every message).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataNotLoggedTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;

    String marker;

    @BeforeEach
    void refuseOneName() {
        marker = "拒收企业" + UUID.randomUUID().toString().substring(0, 8);
        // a constraint only this test's enterprise breaks: the insert reaches the database and fails there
        jdbc.execute("ALTER TABLE enterprises.enterprise ADD CONSTRAINT log_test_refused CHECK (name <> '"
                + marker + "') NOT VALID");
    }

    @AfterEach
    void dropConstraint() {
        jdbc.execute("ALTER TABLE enterprises.enterprise DROP CONSTRAINT IF EXISTS log_test_refused");
    }

    @Test
    void a_failed_insert_logs_no_name_phone_or_e_mail(CapturedOutput output) {
        MvcTestResult result = mvc.post().uri("/api/v1/enterprises").with(TestCallers.committeeAdmin())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"creditCode": "%s", "name": "%s", "jurisdiction": "653001", "industry": "HAZARDOUS_CHEMICALS",
                         "address": "阿图什市幸福路7号", "principalName": "买买提江·热合曼", "principalPhone": "13899071234",
                         "principalEmail": "maimaiti@example.cn", "controllerName": "古丽娜尔·阿不都",
                         "controllerPhone": "0908-4227788", "standardisationGrade": "NONE"}
                        """.formatted(TestCreditCodes.random(), marker)).exchange();

        // the refusal is not the caller's doing: it fails the request (a 500 through the error dispatch)
        assertThat(result.getUnresolvedException()).isNotNull();
        assertThat(output.getAll()).as("the failure is logged").contains("log_test_refused");
        assertThat(output.getAll())
                .doesNotContain(marker)
                .doesNotContain("买买提江")
                .doesNotContain("13899071234")
                .doesNotContain("maimaiti@example.cn")
                .doesNotContain("古丽娜尔")
                .doesNotContain("0908-4227788");
    }
}
