package org.zhiben.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.platform.web.IfMatch;
import org.zhiben.platform.web.PageView;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.reporting.ReportKind;
import org.zhiben.reporting.Submission;
import org.zhiben.reporting.SubmissionId;
import org.zhiben.reporting.SubmissionRevision;
import org.zhiben.reporting.SubmissionStatus;
import org.zhiben.reporting.application.ReadPunctuality;
import org.zhiben.reporting.application.SubmitReports;
import org.zhiben.reporting.web.ReportingViews.StandingView;
import org.zhiben.reporting.web.ReportingViews.SubmissionSummary;
import org.zhiben.reporting.web.ReportingViews.SubmissionView;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * The reporting units' submissions to the committee office and the reporting calendar: a unit prepares, edits,
 * submits and corrects its own reports (附表1 generated, never typed in); the committee office accepts or returns them
 * with reasons; every revision can be read again exactly as it was submitted; late and missing reports are listed.
 */
@Tag(name = "Reporting: submissions", description = "报送：填报日历、草稿、报送（冻结）、修订（附原因）、受理或退回、逾期和未报")
@RestController
@RequestMapping("/api/v1/reporting")
class SubmissionController {

    @Schema(description = "A report to prepare for the caller's own unit; content only for a kind the unit writes")
    record PrepareRequest(@Schema(implementation = ReportKind.class) String kind, String period,
            @Schema(nullable = true) String content, @Schema(nullable = true) String remarks,
            @Schema(nullable = true) ProgressViews.ProgressRequest progress) {
    }

    @Schema(description = "The draft's new content (only for a kind the unit writes) and remarks; a quarterly "
            + "progress or yearly summary may send its texts per key task as progress instead of content")
    record EditRequest(@Schema(nullable = true) String content, @Schema(nullable = true) String remarks,
            @Schema(nullable = true) ProgressViews.ProgressRequest progress) {
    }

    @Schema(description = "The reason of a revision after the first (a resubmission after a return)")
    record SubmitRequest(@Schema(nullable = true) String reason) {
    }

    @Schema(description = "A correction of a submitted report: its new content (only for a kind the unit writes), "
            + "remarks and reason")
    record CorrectionRequest(@Schema(nullable = true) String content, @Schema(nullable = true) String remarks,
            String reason, @Schema(nullable = true) ProgressViews.ProgressRequest progress) {
    }

    @Schema(description = "The reasons of a return")
    record ReturnRequest(String reason) {
    }

    private final SubmitReports submissions;
    private final ReadPunctuality punctuality;
    private final ReportingLabels labels;

    SubmissionController(SubmitReports submissions, ReadPunctuality punctuality, ReportingLabels labels) {
        this.submissions = submissions;
        this.punctuality = punctuality;
        this.labels = labels;
    }

    @Operation(summary = "The reporting calendar of one unit (the caller's own by default) with each report's standing")
    @GetMapping("/calendar")
    List<StandingView> calendar(@RequestParam(required = false) String unit) {
        return punctuality.calendar(unit(unit)).stream().map(u -> StandingView.of(u, labels)).toList();
    }

    @Operation(summary = "Late and missing reports per unit and period (missing from the day after the due day), "
            + "the earliest due first: every unit's for the committee office, else the caller's own unit's")
    @GetMapping("/late")
    PageView<StandingView> late(@RequestParam(required = false) String unit,
            @RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        checkPage(page, size);
        List<StandingView> all = punctuality.lateAndMissing(unit(unit),
                        RequestValues.enumValue(ReportKind.class, kind, "kind")).stream()
                .map(u -> StandingView.of(u, labels)).toList();
        return page(all, page, size);
    }

    @Operation(summary = "The submissions the caller may read, the latest due first, optionally of one unit, kind "
            + "and status (the review inbox: status=SUBMITTED)")
    @GetMapping("/submissions")
    PageView<SubmissionSummary> list(@RequestParam(required = false) String unit,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        checkPage(page, size);
        List<SubmissionSummary> all = submissions.list(unit(unit),
                        RequestValues.enumValue(ReportKind.class, kind, "kind"),
                        RequestValues.enumValue(SubmissionStatus.class, status, "status")).stream()
                .map(s -> SubmissionSummary.of(s, labels)).toList();
        return page(all, page, size);
    }

    @Operation(summary = "Prepare a draft of a report the calendar requires, for the caller's own unit")
    @PostMapping("/submissions")
    ResponseEntity<SubmissionView> prepare(@RequestBody PrepareRequest request) {
        Submission prepared = submissions.prepare(new SubmitReports.Prepare(null,
                Require.notNull(RequestValues.enumValue(ReportKind.class, request.kind(), "kind"), "kind"),
                Require.notNull(request.period(), "period"),
                ProgressViews.content(request.content(), request.progress()), request.remarks()));
        return ResponseEntity.created(URI.create("/api/v1/reporting/submissions/" + prepared.id()))
                .eTag(IfMatch.etag(prepared.version())).body(SubmissionView.of(prepared, labels));
    }

    @Operation(summary = "One submission with its revisions and reviews, its version as ETag")
    @GetMapping("/submissions/{id}")
    ResponseEntity<SubmissionView> find(@PathVariable UUID id) {
        Submission found = submissions.find(new SubmissionId(id));
        return IfMatch.answer(found.version(), SubmissionView.of(found, labels));
    }

    @Operation(summary = "One revision exactly as the unit submitted it")
    @GetMapping("/submissions/{id}/revisions/{number}")
    ReportingViews.RevisionView revision(@PathVariable UUID id, @PathVariable int number) {
        Submission submission = submissions.find(new SubmissionId(id));
        return ReportingViews.RevisionView.of(submissions.revision(submission.id(), number), submission.kind(),
                labels);
    }

    @Operation(summary = "The content of one revision, byte for byte as it was frozen (its SHA-256 digest as ETag)")
    @GetMapping(value = "/submissions/{id}/revisions/{number}/content", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> revisionContent(@PathVariable UUID id, @PathVariable int number) {
        SubmissionRevision revision = submissions.revision(new SubmissionId(id), number);
        return ResponseEntity.ok().eTag("\"" + revision.digest() + "\"").contentType(MediaType.APPLICATION_JSON)
                .body(revision.content().getBytes(StandardCharsets.UTF_8));
    }

    @Operation(summary = "Edit a draft (or a returned report): remarks, and the content of a kind the unit writes; "
            + "a generated content is generated anew")
    @PutMapping("/submissions/{id}")
    ResponseEntity<SubmissionView> edit(@PathVariable UUID id, @RequestHeader(value = IfMatch.HEADER,
            required = false) String ifMatch, @RequestBody EditRequest request) {
        return answer(submissions.edit(new SubmissionId(id), IfMatch.requiredVersion(ifMatch),
                ProgressViews.content(request.content(), request.progress()), request.remarks()));
    }

    @Operation(summary = "Submit the draft (revision 1, frozen), or resubmit a returned report with a reason")
    @PostMapping("/submissions/{id}/submit")
    ResponseEntity<SubmissionView> submit(@PathVariable UUID id, @RequestHeader(value = IfMatch.HEADER,
            required = false) String ifMatch, @RequestBody(required = false) SubmitRequest request) {
        return answer(submissions.submit(new SubmissionId(id), IfMatch.requiredVersion(ifMatch),
                request == null ? null : request.reason()));
    }

    @Operation(summary = "Correct a submitted report: a new revision with its reason; the earlier ones stay as they "
            + "were")
    @PostMapping("/submissions/{id}/corrections")
    ResponseEntity<SubmissionView> correct(@PathVariable UUID id, @RequestHeader(value = IfMatch.HEADER,
            required = false) String ifMatch, @RequestBody CorrectionRequest request) {
        return answer(submissions.correct(new SubmissionId(id), IfMatch.requiredVersion(ifMatch),
                ProgressViews.content(request.content(), request.progress()), request.remarks(), request.reason()));
    }

    @Operation(summary = "Accept the latest revision (committee office)")
    @PostMapping("/submissions/{id}/accept")
    ResponseEntity<SubmissionView> accept(@PathVariable UUID id, @RequestHeader(value = IfMatch.HEADER,
            required = false) String ifMatch) {
        return answer(submissions.accept(new SubmissionId(id), IfMatch.requiredVersion(ifMatch)));
    }

    @Operation(summary = "Return the latest revision with reasons (committee office)")
    @PostMapping("/submissions/{id}/return")
    ResponseEntity<SubmissionView> returnWith(@PathVariable UUID id, @RequestHeader(value = IfMatch.HEADER,
            required = false) String ifMatch, @RequestBody ReturnRequest request) {
        return answer(submissions.returnWith(new SubmissionId(id), IfMatch.requiredVersion(ifMatch),
                request.reason()));
    }

    private ResponseEntity<SubmissionView> answer(Submission changed) {
        return IfMatch.answer(changed.version(), SubmissionView.of(changed, labels));
    }

    private static UnitCode unit(String unit) {
        return unit == null || unit.isBlank() ? null : RequestValues.convert(unit, "unit", UnitCode::of);
    }

    static void checkPage(int page, int size) {
        if (page < 0) {
            throw new InvalidValueException("page", "reporting.page.invalid", "the page number starts at 0", page);
        }
        if (size < 1 || size > PageView.MAX_SIZE) {
            throw new InvalidValueException("size", "reporting.size.invalid",
                    "the page size is 1 to " + PageView.MAX_SIZE, size, PageView.MAX_SIZE);
        }
    }

    static <T> PageView<T> page(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return PageView.of(all.subList(from, to), page, size, all.size());
    }
}
