package org.zhiben.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.reporting.Submission;
import org.zhiben.reporting.SubmissionId;
import org.zhiben.reporting.application.SubmitReports;
import org.zhiben.reporting.contents.ProgressContents;
import org.zhiben.shared.InvalidValueException;

/**
 * The task ledger beside a quarterly progress or yearly summary: the standing of every key task the unit answers for,
 * as the ledger stands on the reporting date today (what would be frozen if the unit submitted it now).
 */
@Tag(name = "Reporting: submissions", description = "报送：填报日历、草稿、报送（冻结）、修订（附原因）、受理或退回、逾期和未报")
@RestController
@RequestMapping("/api/v1/reporting/submissions")
class ProgressController {

    private final SubmitReports submissions;
    private final ProgressContents contents;
    private final ReportingLabels labels;
    private final Clock clock;

    ProgressController(SubmitReports submissions, ProgressContents contents, ReportingLabels labels, Clock clock) {
        this.submissions = submissions;
        this.contents = contents;
        this.labels = labels;
        this.clock = clock;
    }

    @Operation(summary = "The task ledger's standing of every key task the unit answers for, on the report's "
            + "reporting date as of today (the due day, or today when earlier); quarterly progress and yearly summary "
            + "only (else 400)")
    @GetMapping("/{id}/ledger")
    List<ProgressViews.StandingView> ledger(@PathVariable UUID id) {
        Submission submission = submissions.find(new SubmissionId(id));
        if (!ProgressViews.perTask(submission.kind())) {
            throw new InvalidValueException("kind", "reporting.progress.not-per-task",
                    "only a quarterly progress or yearly summary is written per key task", submission.kind().name());
        }
        return contents.standings(submission.unit(), submission.period(), LocalDate.now(clock)).stream()
                .map(s -> ProgressViews.StandingView.of(s, labels)).toList();
    }
}
