package org.zhiben.reporting.web.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhiben.platform.web.ui.UiFormats;
import org.zhiben.reporting.ProgressReport;
import org.zhiben.reporting.Submission;
import org.zhiben.reporting.SubmissionRevision;
import org.zhiben.reporting.TaskStanding;
import org.zhiben.reporting.contents.ProgressContents;
import org.zhiben.reporting.web.ProgressViews;

/**
 * What the submission page shows of a quarterly progress or yearly summary, as {@code @reportingProgress}: the form
 * per key task with the task ledger's standing today beside each text, and a submitted revision as the read-only
 * document with the standing frozen in it. The page has checked that the reader may read the submission.
 */
@Component("reportingProgress")
public class ProgressPageModel {

    /** One key task's line of the form: the ledger's standing on the reporting date as of today, and the text. */
    public record Row(TaskStanding standing, String text) {
    }

    /** The form: the overall text and a row per key task the unit answers for, with the day the ledger is read on. */
    public record Form(String overall, List<Row> rows, LocalDate asOf) {
    }

    private final ProgressContents contents;
    private final UiFormats formats;

    ProgressPageModel(ProgressContents contents, UiFormats formats) {
        this.contents = contents;
        this.formats = formats;
    }

    /** Whether the submission is written per key task (quarterly progress, yearly summary). */
    public boolean perTask(Submission submission) {
        return ProgressViews.perTask(submission.kind());
    }

    /** The form of the submission's working content (the draft's, or the latest revision's for a correction). */
    public Form form(Submission submission) {
        ProgressReport report = submission.content().isBlank() ? new ProgressReport("", List.of())
                : ProgressContents.read(submission.content());
        Map<Integer, String> texts = report.texts();
        List<TaskStanding> standings = contents.standings(submission.unit(), submission.period(), formats.today());
        return new Form(report.overall(), standings.stream()
                .map(s -> new Row(s, texts.getOrDefault(s.task(), ""))).toList(),
                ProgressReport.reportingDate(submission.period(), formats.today()));
    }

    /** The report a content holds, as submitted (each task with the ledger's standing frozen in it). */
    public ProgressReport report(String content) {
        return content == null || content.isBlank() ? new ProgressReport("", List.of())
                : ProgressContents.read(content);
    }

    /** A revision as submitted. */
    public ProgressReport revision(SubmissionRevision revision) {
        return report(revision.content());
    }
}
