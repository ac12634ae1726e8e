package org.zhiben.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.UnitCode;

/**
 * A unit's submission: "报送自治州安委会办公室" — draft, submitted and frozen, accepted, or returned with reasons and
 * resubmitted; a correction is a new revision with a reason, and every revision stays as it was submitted.
 */
class SubmissionTest {

    static final ReportingPeriod MARCH = new ReportingPeriod(ReportKind.STOCK_TABLE, "2024-03",
            LocalDate.of(2024, 3, 31));
    static final Instant AT = Instant.parse("2024-03-30T02:00:00Z");

    static Submission draft(String content) {
        return Submission.prepare(SubmissionId.newId(), UnitCode.of("AKTO_GOV"), MARCH, content, "无", AT, "clerk");
    }

    @Test
    void a_submitted_report_is_frozen_and_a_correction_is_revision_2_with_its_reason() {
        Submission submission = draft("{\"rows\":1}");
        submission.editDraft("{\"rows\":2}", "核对无误");

        SubmissionRevision first = submission.submit(null, AT, "clerk");

        assertThat(first.number()).isEqualTo(1);
        assertThat(first.content()).isEqualTo("{\"rows\":2}");
        assertThat(first.remarks()).isEqualTo("核对无误");
        assertThat(first.intact()).isTrue();
        assertThat(submission.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThatThrownBy(() -> submission.editDraft("{\"rows\":3}", null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("frozen");
        assertThatThrownBy(() -> submission.submit(null, AT, "clerk")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> submission.correct("{\"rows\":3}", null, " ", AT, "clerk"))
                .isInstanceOf(InvalidValueException.class);

        SubmissionRevision second = submission.correct("{\"rows\":3}", null, "漏报一条", AT.plusSeconds(60), "clerk");

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.reason()).isEqualTo("漏报一条");
        assertThat(submission.revision(1)).contains(first);
        assertThat(submission.revision(1).orElseThrow().content()).isEqualTo("{\"rows\":2}");
        assertThat(submission.firstSubmittedAt()).contains(AT);
    }

    @Test
    void a_returned_report_is_revised_and_resubmitted_with_a_reason_then_accepted() {
        Submission submission = draft("{\"rows\":1}");
        submission.submit(null, AT, "clerk");
        assertThatThrownBy(() -> submission.returnWith("", AT, "office")).isInstanceOf(InvalidValueException.class);

        submission.returnWith("备注未说明逾期原因", AT, "office");

        assertThat(submission.status()).isEqualTo(SubmissionStatus.RETURNED);
        assertThat(submission.returnReason()).contains("备注未说明逾期原因");
        assertThatThrownBy(() -> submission.accept(AT, "office")).isInstanceOf(RuleViolationException.class);
        submission.editDraft("{\"rows\":1}", "逾期原因：系统升级");
        assertThatThrownBy(() -> submission.submit(null, AT, "clerk")).isInstanceOf(InvalidValueException.class);

        SubmissionRevision resubmitted = submission.submit("补充逾期原因", AT, "clerk");
        submission.accept(AT, "office");

        assertThat(resubmitted.number()).isEqualTo(2);
        assertThat(submission.status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(submission.reviews()).extracting(SubmissionReview::revision, SubmissionReview::accepted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, false),
                        org.assertj.core.groups.Tuple.tuple(2, true));
        assertThat(submission.revision(1).orElseThrow().remarks()).isEqualTo("无");
    }

    @Test
    void a_draft_is_neither_accepted_nor_returned_nor_corrected() {
        Submission submission = draft("{}");

        assertThatThrownBy(() -> submission.accept(AT, "office")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> submission.returnWith("x", AT, "office")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> submission.correct("{}", null, "x", AT, "clerk"))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_report_first_submitted_after_its_due_day_is_late_and_one_not_submitted_is_missing_from_the_next_day() {
        // "每月底前报送": due by the month's end, 31 March 2024
        assertThat(Punctuality.of(MARCH, LocalDate.of(2024, 3, 31), LocalDate.of(2024, 4, 5)))
                .isEqualTo(Punctuality.ON_TIME);
        assertThat(Punctuality.of(MARCH, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 5)))
                .isEqualTo(Punctuality.LATE);
        assertThat(Punctuality.of(MARCH, null, LocalDate.of(2024, 3, 31))).isEqualTo(Punctuality.NOT_YET_DUE);
        assertThat(Punctuality.of(MARCH, null, LocalDate.of(2024, 4, 1))).isEqualTo(Punctuality.MISSING);
    }

    @Test
    void a_revision_whose_content_was_altered_is_not_intact() {
        SubmissionRevision frozen = SubmissionRevision.freeze(1, "{\"a\":1}", null, null, AT, "clerk");
        SubmissionRevision altered = new SubmissionRevision(1, "{\"a\":2}", null, null, AT, "clerk",
                frozen.digest());

        assertThat(frozen.intact()).isTrue();
        assertThat(altered.intact()).isFalse();
    }
}
