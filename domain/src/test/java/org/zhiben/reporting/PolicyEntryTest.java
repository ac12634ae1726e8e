package org.zhiben.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.UnitCode;

/**
 * "各级、各部门出台的相关安全生产制度类文件,印发后同时抄送自治州安委会办公室,详见附表2": a line of the policy statistics
 * table states the title, document number, issue date, kind and whether the document was copied to the committee
 * office; a policy is entered once issued.
 */
class PolicyEntryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final UnitCode HOUSING = UnitCode.of("HOUSING");

    static PolicyEntry.Details details(LocalDate issuedOn) {
        return new PolicyEntry.Details("  关于建立城镇燃气安全隐患排查治理制度的通知 ", " 克州住建发〔2024〕12号 ", issuedOn,
                PolicyKind.NORMATIVE_DOCUMENT, true);
    }

    @Test
    void a_policy_issued_today_or_earlier_is_entered_with_its_details_trimmed_and_no_document_yet() {
        PolicyEntry entry = PolicyEntry.enter(HOUSING, details(TODAY), TODAY, Instant.EPOCH, "officer");

        assertThat(entry.details().title()).isEqualTo("关于建立城镇燃气安全隐患排查治理制度的通知");
        assertThat(entry.details().documentNumber()).isEqualTo("克州住建发〔2024〕12号");
        assertThat(entry.details().copiedToOffice()).isTrue();
        assertThat(entry.attachment()).isNull();
        assertThat(entry.version()).isZero();
    }

    @Test
    void a_policy_is_entered_once_issued_so_an_issue_date_after_today_is_refused_on_entry_and_on_correction() {
        assertThatThrownBy(() -> PolicyEntry.enter(HOUSING, details(TODAY.plusDays(1)), TODAY, Instant.EPOCH, "o"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("reporting.policy.issued-in-future");
                    assertThat(e.field()).isEqualTo("issuedOn");
                });
        PolicyEntry entry = PolicyEntry.enter(HOUSING, details(TODAY.minusDays(5)), TODAY, Instant.EPOCH, "o");
        assertThatThrownBy(() -> entry.revised(details(TODAY.plusDays(1)), TODAY))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void title_document_number_issue_date_and_kind_are_required_and_bounded() {
        assertThatThrownBy(() -> new PolicyEntry.Details(" ", "号", TODAY, PolicyKind.STANDARD, false))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> new PolicyEntry.Details("题", "号".repeat(101), TODAY, PolicyKind.STANDARD, false))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("documentNumber"));
        assertThatThrownBy(() -> new PolicyEntry.Details("题", "号", null, PolicyKind.STANDARD, false))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PolicyEntry.Details("题", "号", TODAY, null, false))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void the_four_kinds_read_as_the_table_names_them() {
        assertThat(PolicyKind.values()).extracting(PolicyKind::label)
                .containsExactly("法规", "规范性文件", "标准", "工作制度");
    }

    @Test
    void a_correction_keeps_the_unit_and_the_document_and_an_upload_replaces_the_document() {
        PolicyEntry entry = PolicyEntry.enter(HOUSING, details(TODAY), TODAY, Instant.EPOCH, "o")
                .attached(new PolicyAttachment("a.pdf", "application/pdf", 10, "a".repeat(64)));
        PolicyEntry revised = entry.revised(new PolicyEntry.Details("新标题", "新文号", TODAY, PolicyKind.WORK_RULE,
                false), TODAY);
        assertThat(revised.unit()).isEqualTo(HOUSING);
        assertThat(revised.attachment().fileName()).isEqualTo("a.pdf");
        assertThat(revised.attached(new PolicyAttachment("b.pdf", "application/pdf", 5, "b".repeat(64)))
                .attachment().fileName()).isEqualTo("b.pdf");
    }

    @Test
    void a_filter_keeps_pages_of_one_to_two_hundred_lines_and_a_period_that_does_not_end_before_it_begins() {
        assertThatThrownBy(() -> new PolicyFilter(null, null, null, null, 0, 201))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("reporting.policy.size-invalid"));
        assertThatThrownBy(() -> new PolicyFilter(null, null, null, null, -1, 20))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PolicyFilter(null, null, TODAY, TODAY.minusDays(1), 0, 20))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("reporting.policy.period.reversed"));
        PolicyFilter all = new PolicyFilter(null, null, null, null, 0, 200);
        assertThat(all.within(Set.of(HOUSING)).units()).containsExactly(HOUSING);
        assertThat(new PolicyFilter(Set.of(UnitCode.of("EMB")), null, null, null, 0, 20).within(Set.of(HOUSING))
                .units()).isEmpty();
    }
}
