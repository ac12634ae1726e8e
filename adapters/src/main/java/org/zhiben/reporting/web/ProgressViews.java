package org.zhiben.reporting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhiben.reporting.ProgressReport;
import org.zhiben.reporting.ProgressSection;
import org.zhiben.reporting.ReportKind;
import org.zhiben.reporting.TaskStanding;
import org.zhiben.reporting.contents.ProgressContents;
import org.zhiben.shared.InvalidValueException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quarterly progress and yearly summary in the reporting API: the texts a unit sends per key task, and the report
 * as it answers, each task with the task ledger's standing once submitted.
 */
public final class ProgressViews {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProgressViews() {
    }

    @Schema(description = "The texts of a quarterly progress or yearly summary: the overall progress and the progress "
            + "per key task the unit answers for in the task ledger (a task it leads is required to submit)")
    public record ProgressRequest(@Schema(nullable = true, maxLength = ProgressReport.MAX_OVERALL) String overall,
            @Schema(nullable = true) List<TaskText> tasks) {
    }

    @Schema(description = "The unit's progress on one key task")
    public record TaskText(@Schema(description = "the key task's number in the plan") Integer task,
            @Schema(nullable = true, maxLength = ProgressReport.MAX_TASK_TEXT) String text) {
    }

    @Schema(description = "A quarterly progress or yearly summary: the overall progress and one section per key task "
            + "the unit answers for; once submitted, each with the task ledger's standing on the reporting date")
    public record ProgressView(String overall, List<SectionView> tasks) {
    }

    @Schema(description = "One key task's section: the unit's text and, once submitted, the ledger's standing")
    public record SectionView(int task, String text, @Schema(nullable = true) StandingView ledger) {
    }

    @Schema(description = "What the task ledger said of a key task for the unit at the end of a day")
    public record StandingView(int task, String title, boolean lead, String roleLabel, List<String> leadUnitNames,
            String status, String statusLabel, String unitStatus, String unitStatusLabel, int milestones,
            int milestonesCompleted, int milestonesOverdue, int unitMilestonesCompleted, int entries,
            int unitEntries, @Schema(nullable = true) LocalDate lastReportedOn, LocalDate asOf) {

        public static StandingView of(TaskStanding s, ReportingLabels labels) {
            return new StandingView(s.task(), s.title(), s.lead(),
                    labels.text(s.lead() ? "reporting.progress.role.lead" : "reporting.progress.role.partner"),
                    s.leadUnitNames(), s.status().name(),
                    labels.text("reporting.progress.task-status." + s.status().name()), s.unitStatus().name(),
                    labels.text("reporting.progress.unit-status." + s.unitStatus().name()), s.milestones(),
                    s.milestonesCompleted(), s.milestonesOverdue(), s.unitMilestonesCompleted(), s.entries(),
                    s.unitEntries(), s.lastReportedOn(), s.asOf());
        }
    }

    /** Whether the kind is written per key task (the quarterly progress and yearly summary). */
    public static boolean perTask(ReportKind kind) {
        return kind == ReportKind.QUARTERLY_PROGRESS || kind == ReportKind.YEARLY_SUMMARY;
    }

    /** The content of a kind written per key task, shown per task; null for another kind. */
    static ProgressView view(ReportKind kind, String content, ReportingLabels labels) {
        if (!perTask(kind) || content == null || content.isBlank()) {
            return null;
        }
        ProgressReport report = ProgressContents.read(content);
        List<SectionView> sections = new ArrayList<>();
        for (ProgressSection section : report.sections()) {
            sections.add(new SectionView(section.task(), section.text(),
                    section.standing() == null ? null : StandingView.of(section.standing(), labels)));
        }
        return new ProgressView(report.overall(), sections);
    }

    /**
     * The content a request sends: its {@code content} text as it is, or its {@code progress} written as the content's
     * JSON; not both.
     */
    public static String content(String content, ProgressRequest progress) {
        if (progress == null) {
            return content;
        }
        if (content != null) {
            throw new InvalidValueException("content", "reporting.progress.content-and-progress",
                    "send the content or the progress, not both");
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("overall", progress.overall());
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (TaskText text : progress.tasks() == null ? List.<TaskText>of() : progress.tasks()) {
            if (text == null || text.task() == null) {
                throw new InvalidValueException("tasks", "reporting.progress.malformed",
                        "every task's text names the task's number");
            }
            Map<String, Object> task = new LinkedHashMap<>();
            task.put("task", text.task());
            task.put("text", text.text());
            tasks.add(task);
        }
        document.put("tasks", tasks);
        return JSON.writeValueAsString(document);
    }
}
