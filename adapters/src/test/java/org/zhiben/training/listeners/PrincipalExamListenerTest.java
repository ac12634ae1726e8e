package org.zhiben.training.listeners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.zhiben.enforcement.InspectionId;
import org.zhiben.enforcement.PrincipalExamRecorded;
import org.zhiben.shared.DomainEvent;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/**
 * Task 5: "把企业主要负责人安全培训情况纳入安全生产执法检查的必查内容，积极推动“逢查必考”" — one Spring Modulith
 * {@link Scenario} per reaction to enforcement's {@link PrincipalExamRecorded}: a failed exam flags the principal for
 * re-examination due 30 days later (the shipped, configurable default), once however often the event is delivered; a
 * passed exam at a later inspection clears the flag in time.
 */
@SpringBootTest
// MockMvc, unused here, makes this the configuration of the MockMvc tests: one cached context serves all
@AutoConfigureMockMvc
@EnableScenarios
class PrincipalExamListenerTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final JurisdictionCode AKTO = JurisdictionCode.of("653022");
    static final IndustryCode MINES = IndustryCode.of("MINES");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void a_principal_who_fails_the_exam_at_an_inspection_is_flagged_once_due_thirty_days_later(Scenario scenario) {
        UUID enterprise = UUID.randomUUID();
        PrincipalExamRecorded failed = exam(enterprise, LocalDate.of(2024, 1, 30), 48, false);

        scenario.publish(failed)
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> flags(enterprise), rows -> !rows.isEmpty())
                .andVerify(rows -> assertThat(rows).containsExactly("OPEN 2024-02-29"));

        scenario.publish(failed)
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> completed(failed.eventId()), done -> done == 2)
                .andVerify(done -> assertThat(flags(enterprise)).containsExactly("OPEN 2024-02-29"));
        assertThat(jdbc.queryForList("SELECT username || ' ' || action FROM audit.entry WHERE entity_type = "
                + "'ReexamFlag' AND change LIKE ?", String.class, "enterprise=" + enterprise + "%"))
                .containsExactly("system reexam-flag.raised");
    }

    @Test
    void a_passed_exam_at_a_later_inspection_clears_the_flag_in_time(Scenario scenario) {
        UUID enterprise = UUID.randomUUID();
        PrincipalExamRecorded failed = exam(enterprise, LocalDate.of(2024, 1, 30), 52, false);
        scenario.publish(failed)
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> flags(enterprise), rows -> !rows.isEmpty());

        scenario.publish(exam(enterprise, LocalDate.of(2024, 2, 29), 86, true))
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> flags(enterprise), rows -> !rows.contains("OPEN 2024-02-29"))
                .andVerify(rows -> assertThat(rows).containsExactly("CLEARED 2024-02-29"));
    }

    private PrincipalExamRecorded exam(UUID enterprise, LocalDate on, int score, boolean passed) {
        return new PrincipalExamRecorded(DomainEvent.newEventId(), InspectionId.newId(), enterprise, AKTO, MINES, on,
                score, passed, clock.instant());
    }

    private List<String> flags(UUID enterprise) {
        return jdbc.queryForList("SELECT status || ' ' || due_by FROM training.reexam_flag WHERE enterprise_id = ?",
                String.class, enterprise);
    }

    private long completed(UUID eventId) {
        return jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE completion_date IS NOT NULL AND "
                + "serialized_event LIKE ? AND listener_id LIKE ?", Long.class, "%" + eventId + "%",
                "%PrincipalExamListener%");
    }
}
