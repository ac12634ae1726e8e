package org.zhiben.reporting.contents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhiben.campaign.TaskStatus;
import org.zhiben.campaign.UnitProgressStatus;
import org.zhiben.campaign.UnitTaskLedger;
import org.zhiben.organization.MemberUnit;
import org.zhiben.organization.MemberUnits;
import org.zhiben.reporting.ProgressReport;
import org.zhiben.reporting.ProgressSection;
import org.zhiben.reporting.ReportKind;
import org.zhiben.reporting.ReportingPeriod;
import org.zhiben.reporting.TaskStanding;
import org.zhiben.reporting.WrittenContents;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.UnitCode;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quarterly progress and yearly summary as JSON text: a draft holds the unit's texts,
 * {@code {"overall": "…", "tasks": [{"task": 3, "text": "…"}]}}, one section per key task the unit answers for in the
 * task ledger ({@link UnitTaskLedger}); when the unit submits it, each section gets the task's title, whether the
 * unit leads it and the ledger's standing of the task on the reporting date ({@code "ledger"}), with the names as they
 * read then, and the whole is frozen with the revision.
 */
@Component
public class ProgressContents implements WrittenContents {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    record Document(String overall, List<Section> tasks) {
    }

    record Section(Integer task, String title, Integer group, Boolean lead, String text, Standing ledger) {
    }

    record Standing(String asOf, String status, String unitStatus, List<String> leadUnitNames, int milestones,
            int milestonesCompleted, int milestonesOverdue, int unitMilestonesCompleted, int entries,
            int unitEntries, String lastReportedOn) {
    }

    private final UnitTaskLedger ledger;
    private final MemberUnits units;

    ProgressContents(UnitTaskLedger ledger, MemberUnits units) {
        this.ledger = ledger;
        this.units = units;
    }

    @Override
    public boolean writes(ReportKind kind) {
        return kind == ReportKind.QUARTERLY_PROGRESS || kind == ReportKind.YEARLY_SUMMARY;
    }

    @Override
    public String draft(UnitCode unit, ReportingPeriod period, String typed, LocalDate today) {
        ProgressReport typedReport = typed == null || typed.isBlank() ? new ProgressReport("", List.of())
                : read(typed);
        ProgressReport draft = ProgressReport.draft(typedReport.overall(), typedReport.texts(),
                standings(unit, period, today));
        return write(unit, period, draft, null);
    }

    @Override
    public String submitted(UnitCode unit, ReportingPeriod period, String draft, LocalDate today) {
        LocalDate asOf = ProgressReport.reportingDate(period, today);
        ProgressReport submitted = read(draft).submitted(standings(unit, period, today));
        return write(unit, period, submitted, asOf);
    }

    /** The ledger's standing of every key task the unit answers for on the report's reporting date as of today. */
    public List<TaskStanding> standings(UnitCode unit, ReportingPeriod period, LocalDate today) {
        LocalDate asOf = ProgressReport.reportingDate(period, today);
        return ledger.tasksOf(unit, asOf).stream().map(line -> TaskStanding.of(line, unit, asOf, this::name))
                .toList();
    }

    /**
     * The report a content holds: the unit's texts, and the ledger's standings once submitted. A text that is no
     * such JSON is refused (400).
     */
    public static ProgressReport read(String content) {
        Document document;
        try {
            document = JSON.readValue(content, Document.class);
        } catch (JacksonException unreadable) {
            throw malformed();
        }
        if (document == null) {
            throw malformed();
        }
        List<ProgressSection> sections = new ArrayList<>();
        for (Section section : document.tasks() == null ? List.<Section>of() : document.tasks()) {
            if (section == null || section.task() == null || section.task() < 1) {
                throw malformed();
            }
            sections.add(new ProgressSection(section.task(), section.text(), standing(section)));
        }
        return new ProgressReport(document.overall(), sections);
    }

    private static TaskStanding standing(Section section) {
        Standing s = section.ledger();
        if (s == null) {
            return null;
        }
        return new TaskStanding(section.task(), section.title(), section.group() == null ? 0 : section.group(),
                Boolean.TRUE.equals(section.lead()), s.leadUnitNames() == null ? List.of() : s.leadUnitNames(),
                TaskStatus.valueOf(s.status()), UnitProgressStatus.valueOf(s.unitStatus()), s.milestones(),
                s.milestonesCompleted(), s.milestonesOverdue(), s.unitMilestonesCompleted(), s.entries(),
                s.unitEntries(), s.lastReportedOn() == null ? null : LocalDate.parse(s.lastReportedOn()),
                LocalDate.parse(s.asOf()));
    }

    private static InvalidValueException malformed() {
        return new InvalidValueException("content", "reporting.progress.malformed",
                "the content is written as {\"overall\": \"…\", \"tasks\": [{\"task\": 1, \"text\": \"…\"}]}");
    }

    private String write(UnitCode unit, ReportingPeriod period, ProgressReport report, LocalDate asOf) {
        Map<String, Object> document = new LinkedHashMap<>();
        if (asOf != null) {
            document.put("kind", period.kind().name());
            document.put("period", period.period());
            document.put("unit", unit.value());
            document.put("unitName", name(unit));
            document.put("asOf", asOf.toString());
        }
        document.put("overall", report.overall());
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (ProgressSection section : report.sections()) {
            Map<String, Object> task = new LinkedHashMap<>();
            task.put("task", section.task());
            TaskStanding s = section.standing();
            if (s != null) {
                task.put("title", s.title());
                task.put("group", s.group());
                task.put("lead", s.lead());
            }
            task.put("text", section.text());
            if (s != null) {
                Map<String, Object> standing = new LinkedHashMap<>();
                standing.put("asOf", s.asOf().toString());
                standing.put("status", s.status().name());
                standing.put("unitStatus", s.unitStatus().name());
                standing.put("leadUnitNames", s.leadUnitNames());
                standing.put("milestones", s.milestones());
                standing.put("milestonesCompleted", s.milestonesCompleted());
                standing.put("milestonesOverdue", s.milestonesOverdue());
                standing.put("unitMilestonesCompleted", s.unitMilestonesCompleted());
                standing.put("entries", s.entries());
                standing.put("unitEntries", s.unitEntries());
                standing.put("lastReportedOn", s.lastReportedOn() == null ? null : s.lastReportedOn().toString());
                task.put("ledger", standing);
            }
            tasks.add(task);
        }
        document.put("tasks", tasks);
        return JSON.writeValueAsString(document);
    }

    private String name(UnitCode unit) {
        return units.findByCode(unit).map(MemberUnit::name).orElse(unit.value());
    }
}
