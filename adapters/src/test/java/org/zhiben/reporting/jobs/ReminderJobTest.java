package org.zhiben.reporting.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.platform.testing.MutableClock;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.reporting.application.RemindUnits;

/**
 * "于每年12月15日前将当年安全生产治本攻坚工作总结报送自治州安委会办公室": three days before the due day the daily job
 * (once per day across nodes) posts a reminder to the users of each unit that has not submitted the report, once; a
 * unit that has submitted it gets none.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReminderJobTest {

    static final String REMINDER = "请于2025年12月15日前报送2025年度工作总结";

    @Autowired
    ReminderJob job;
    @Autowired
    RemindUnits remind;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvcTester mvc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void units_that_have_not_submitted_are_reminded_once_before_the_due_day() {
        RequestPostProcessor housing = TestCallers.departmentOfficer("HOUSING");
        String created = text(mvc.post().uri("/api/v1/reporting/submissions").with(housing)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"YEARLY_SUMMARY\",\"period\":\"2025\"}").exchange());
        String id = created.replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
        // the summary per key task: the overall text and a text on every task the unit answers for
        String tasks = java.util.regex.Pattern.compile("\"task\":(\\d+)").matcher(created).results()
                .map(m -> "{\"task\":" + m.group(1) + ",\"text\":\"全年推进\"}")
                .collect(java.util.stream.Collectors.joining(","));
        assertThat(mvc.put().uri("/api/v1/reporting/submissions/" + id).with(housing).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"progress\":{\"overall\":\"全年总结\",\"tasks\":[" + tasks + "]}}").exchange())
                .hasStatusOk();
        assertThat(mvc.post().uri("/api/v1/reporting/submissions/" + id + "/submit").with(housing)
                .header("If-Match", "\"1\"").exchange()).hasStatusOk();

        clock.setTo(LocalDateTime.parse("2025-12-11T07:30:00"));
        job.scheduledRun();
        assertThat(inbox(TestCallers.countyOfficer(TestCallers.ARTUX))).doesNotContain(REMINDER);

        clock.setTo(LocalDateTime.parse("2025-12-12T07:30:00"));
        job.scheduledRun();
        job.scheduledRun();

        String artux = inbox(TestCallers.countyOfficer(TestCallers.ARTUX));
        assertThat(artux).contains(REMINDER).contains("/reporting");
        assertThat(artux.indexOf(REMINDER)).isEqualTo(artux.lastIndexOf(REMINDER));
        assertThat(inbox(housing)).doesNotContain(REMINDER);
        assertThat(remind.remind(LocalDate.of(2025, 12, 13))).isZero();
    }

    private String inbox(RequestPostProcessor caller) {
        return text(mvc.get().uri("/api/v1/inbox").with(caller).exchange());
    }

    private static String text(org.springframework.test.web.servlet.assertj.MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
