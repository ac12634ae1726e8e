package org.zhiben.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * A unit's quarterly progress ("于每季度最后一个月的20日将安全生产治本攻坚阶段性工作进展情况……报送") or yearly summary
 * ("于每年12月15日前将当年安全生产治本攻坚工作总结报送") to the committee office, written per key task: an overall text,
 * and one section per key task the unit answers for in the task ledger (台账), since the plan asks each task to be
 * "逐年分解实行台账化、清单式管理". While a draft, the sections hold the unit's texts; when the unit submits it, each
 * section carries the ledger's standing of its task on the reporting date, frozen with the revision.
 *
 * <p>Rules: the overall text is required to submit, and so is the text of every task the unit leads (牵头); a task it
 * co-operates on may stay without text. A text holds no control characters but line breaks and tabs; the overall text
 * is at most {@value #MAX_OVERALL} characters, a task's at most {@value #MAX_TASK_TEXT}. A unit writes only on the tasks
 * it answers for, each once.
 */
public record ProgressReport(String overall, List<ProgressSection> sections) {

    public static final int MAX_OVERALL = 10000;
    public static final int MAX_TASK_TEXT = 4000;

    public ProgressReport {
        overall = overall == null ? "" : overall.strip();
        checkOverall(overall);
        sections = List.copyOf(Require.notNull(sections, "sections"));
        Set<Integer> seen = new HashSet<>();
        for (ProgressSection section : sections) {
            if (!seen.add(section.task())) {
                throw new InvalidValueException("tasks", "reporting.progress.task-twice",
                        "task " + section.task() + " is written twice", section.task());
            }
            checkTaskText(section.task(), section.text());
        }
    }

    /**
     * A draft of the unit's texts, one section per task it answers for (in the ledger's order), a task it has not
     * written on left empty. A text on a task the unit does not answer for is refused.
     *
     * @param texts the unit's text per task number
     * @param tasks the tasks the unit answers for, as the ledger shows them
     */
    public static ProgressReport draft(String overall, Map<Integer, String> texts, List<TaskStanding> tasks) {
        Require.notNull(texts, "texts");
        Map<Integer, String> remaining = new LinkedHashMap<>(texts);
        List<ProgressSection> sections = new ArrayList<>();
        for (TaskStanding task : tasks) {
            sections.add(new ProgressSection(task.task(), remaining.remove(task.task()), null));
        }
        refuseOtherTasks(remaining);
        return new ProgressReport(overall, sections);
    }

    /**
     * The report as submitted: the unit's texts with the ledger's standing of each task it answers for on the
     * reporting date. Refused without an overall text, without the text of a task the unit leads, or with a text on a
     * task the unit does not answer for.
     *
     * @param standings the ledger's standing of every task the unit answers for on the reporting date
     */
    public ProgressReport submitted(List<TaskStanding> standings) {
        if (overall.isEmpty()) {
            throw new InvalidValueException("overall", "reporting.progress.overall-required",
                    "the report states the overall progress");
        }
        Map<Integer, String> remaining = new LinkedHashMap<>();
        sections.forEach(section -> remaining.put(section.task(), section.text()));
        List<ProgressSection> frozen = new ArrayList<>();
        for (TaskStanding standing : standings) {
            String text = remaining.remove(standing.task());
            if (standing.lead() && (text == null || text.isBlank())) {
                throw new InvalidValueException("task-" + standing.task(), "reporting.progress.task-required",
                        "the unit leads task " + standing.task() + " and states its progress", standing.task(),
                        standing.title());
            }
            frozen.add(new ProgressSection(standing.task(), text, standing));
        }
        refuseOtherTasks(remaining);
        return new ProgressReport(overall, frozen);
    }

    /** Whether every section carries the ledger's standing (the report as submitted). */
    public boolean frozen() {
        return sections.stream().allMatch(section -> section.standing() != null);
    }

    /** The unit's text on the task, if the report has a section for it. */
    public Optional<String> text(int task) {
        return sections.stream().filter(section -> section.task() == task).map(ProgressSection::text).findFirst();
    }

    /** The unit's texts per task number, in the sections' order. */
    public Map<Integer, String> texts() {
        Map<Integer, String> texts = new LinkedHashMap<>();
        sections.forEach(section -> texts.put(section.task(), section.text()));
        return texts;
    }

    /**
     * The reporting date the ledger's standing is taken on: the report's due day, or the day the unit submits it when
     * that is earlier (the ledger does not know the days to come).
     */
    public static LocalDate reportingDate(ReportingPeriod period, LocalDate today) {
        Require.notNull(period, "period");
        return today.isBefore(period.due()) ? today : period.due();
    }

    private static void refuseOtherTasks(Map<Integer, String> remaining) {
        remaining.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank()).findFirst()
                .ifPresent(e -> {
                    throw new InvalidValueException("tasks", "reporting.progress.not-a-task",
                            "the unit does not answer for task " + e.getKey() + " in the ledger", e.getKey());
                });
    }

    private static void checkOverall(String overall) {
        if (overall.length() > MAX_OVERALL) {
            throw new InvalidValueException("overall", "reporting.progress.overall-too-long",
                    "the overall text is longer than " + MAX_OVERALL + " characters", MAX_OVERALL);
        }
        if (hasControlCharacter(overall)) {
            throw new InvalidValueException("overall", "reporting.progress.overall-control-character",
                    "the overall text holds a control character");
        }
    }

    private static void checkTaskText(int task, String text) {
        if (text.length() > MAX_TASK_TEXT) {
            throw new InvalidValueException("task-" + task, "reporting.progress.task-too-long",
                    "the text of task " + task + " is longer than " + MAX_TASK_TEXT + " characters", task,
                    MAX_TASK_TEXT);
        }
        if (hasControlCharacter(text)) {
            throw new InvalidValueException("task-" + task, "reporting.progress.task-control-character",
                    "the text of task " + task + " holds a control character", task);
        }
    }

    private static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }
}
