package org.zhiben.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhiben.campaign.TaskStatus;
import org.zhiben.campaign.UnitProgressStatus;
import org.zhiben.shared.InvalidValueException;

/**
 * The quarterly progress and yearly summary written per key task, after section 六(六) of the plan: "于每季度最后一个月
 * 的20日将安全生产治本攻坚阶段性工作进展情况，于每年12月15日前将当年安全生产治本攻坚工作总结报送报自治州安委会办公室", the
 * tasks being "逐年分解实行台账化、清单式管理" — so each section carries the task ledger's standing on the reporting date.
 */
class ProgressReportTest {

    static final ReportingPeriod Q3 = new ReportingPeriod(ReportKind.QUARTERLY_PROGRESS, "2026-Q3",
            LocalDate.of(2026, 9, 20));
    static final ReportingPeriod YEAR = new ReportingPeriod(ReportKind.YEARLY_SUMMARY, "2025",
            LocalDate.of(2025, 12, 15));

    static TaskStanding standing(int task, boolean lead, TaskStatus status, UnitProgressStatus unitStatus) {
        return new TaskStanding(task, "任务" + task, 1, lead, List.of("自治州应急管理局"), status, unitStatus, 2, 0, 0, 0, 1,
                1, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 10));
    }

    static final List<TaskStanding> TASKS = List.of(
            standing(3, false, TaskStatus.IN_PROGRESS, UnitProgressStatus.AWAITING_REVIEW),
            standing(15, true, TaskStatus.NOT_STARTED, UnitProgressStatus.NOT_STARTED));

    @Test
    void a_draft_has_one_section_per_task_the_unit_answers_for_in_the_ledgers_order_without_standings() {
        ProgressReport draft = ProgressReport.draft(" 总体推进顺利 ", Map.of(15, "已建成指挥场所"), TASKS);

        assertThat(draft.overall()).isEqualTo("总体推进顺利");
        assertThat(draft.sections()).extracting(ProgressSection::task).containsExactly(3, 15);
        assertThat(draft.text(3)).contains("");
        assertThat(draft.text(15)).contains("已建成指挥场所");
        assertThat(draft.frozen()).isFalse();
    }

    @Test
    void on_submission_each_section_carries_the_ledgers_standing_of_its_task() {
        ProgressReport submitted = ProgressReport.draft("总体推进顺利", Map.of(15, "已建成指挥场所"), TASKS)
                .submitted(TASKS);

        assertThat(submitted.frozen()).isTrue();
        assertThat(submitted.sections().get(0).standing().unitStatus()).isEqualTo(UnitProgressStatus.AWAITING_REVIEW);
        assertThat(submitted.sections().get(1).standing().lead()).isTrue();
        assertThat(submitted.sections().get(1).text()).isEqualTo("已建成指挥场所");
    }

    @Test
    void the_overall_text_and_the_text_of_every_task_the_unit_leads_are_required_to_submit() {
        assertThatThrownBy(() -> ProgressReport.draft("  ", Map.of(15, "已建成"), TASKS).submitted(TASKS))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("overall"))
                .hasFieldOrPropertyWithValue("code", "reporting.progress.overall-required");
        assertThatThrownBy(() -> ProgressReport.draft("总体", Map.of(3, "配合推进"), TASKS).submitted(TASKS))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("task-15"))
                .hasFieldOrPropertyWithValue("code", "reporting.progress.task-required");
        // a task the unit co-operates on may stay without text
        assertThat(ProgressReport.draft("总体", Map.of(15, "已建成"), TASKS).submitted(TASKS).text(3)).contains("");
    }

    @Test
    void a_unit_writes_only_on_the_tasks_it_answers_for_each_once() {
        assertThatThrownBy(() -> ProgressReport.draft("总体", Map.of(7, "不是本单位的任务"), TASKS))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "reporting.progress.not-a-task");
        assertThatThrownBy(() -> new ProgressReport("总体", List.of(new ProgressSection(3, "一", null),
                new ProgressSection(3, "二", null))))
                .hasFieldOrPropertyWithValue("code", "reporting.progress.task-twice");
        // a text typed on a task that is no longer the unit's at submission is refused, not dropped
        assertThatThrownBy(() -> ProgressReport.draft("总体", Map.of(15, "已建成", 3, "配合"), TASKS)
                .submitted(List.of(TASKS.get(1))))
                .hasFieldOrPropertyWithValue("code", "reporting.progress.not-a-task");
    }

    @Test
    void texts_are_bounded_and_hold_no_control_characters_but_line_breaks() {
        assertThatThrownBy(() -> ProgressReport.draft("总体\u0000", Map.of(), TASKS))
                .hasFieldOrPropertyWithValue("code", "reporting.progress.overall-control-character");
        assertThatThrownBy(() -> ProgressReport.draft("总体", Map.of(3, "配合\u0000推进"), TASKS))
                .hasFieldOrPropertyWithValue("code", "reporting.progress.task-control-character");
        assertThatThrownBy(() -> ProgressReport.draft("总".repeat(ProgressReport.MAX_OVERALL + 1), Map.of(), TASKS))
                .hasFieldOrPropertyWithValue("code", "reporting.progress.overall-too-long");
        assertThatThrownBy(() -> ProgressReport.draft("总体",
                Map.of(3, "进".repeat(ProgressReport.MAX_TASK_TEXT + 1)), TASKS))
                .hasFieldOrPropertyWithValue("code", "reporting.progress.task-too-long");
        assertThat(ProgressReport.draft("第一段\n第二段\t完", Map.of(3, "进".repeat(ProgressReport.MAX_TASK_TEXT)),
                TASKS).overall()).isEqualTo("第一段\n第二段\t完");
    }

    @Test
    void the_ledger_is_read_on_the_due_day_or_on_the_day_of_submission_when_that_is_earlier() {
        // "于每季度最后一个月的20日" / "于每年12月15日前"
        assertThat(ProgressReport.reportingDate(Q3, LocalDate.of(2026, 9, 10))).isEqualTo(LocalDate.of(2026, 9, 10));
        assertThat(ProgressReport.reportingDate(Q3, LocalDate.of(2026, 9, 25))).isEqualTo(LocalDate.of(2026, 9, 20));
        assertThat(ProgressReport.reportingDate(YEAR, LocalDate.of(2025, 12, 15)))
                .isEqualTo(LocalDate.of(2025, 12, 15));
    }
}
