package org.zhiben.reporting.web.admin;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.platform.web.ui.UiFormats;
import org.zhiben.reporting.ReportKind;
import org.zhiben.reporting.ReportingPeriod;
import org.zhiben.reporting.Submission;
import org.zhiben.reporting.SubmissionId;
import org.zhiben.reporting.SubmissionRevision;
import org.zhiben.reporting.UnitPunctuality;
import org.zhiben.reporting.application.ReadPunctuality;
import org.zhiben.reporting.application.SubmitReports;
import org.zhiben.reporting.web.ReportingLabels;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.UnitCode;

/**
 * The reporting pages (统计报表): the calendar with each report's standing for the reader's unit (for the committee
 * office: every unit's standing with one report), a submission with its content, remarks, submit (confirmed), its
 * frozen revisions and the committee office's review, the review inbox and the late and missing reports. They call
 * the same use cases as the API.
 */
@PageController
@RequestMapping("/reporting")
class ReportingPages {

    static final String READ = "SCOPE_reporting:read";
    static final String SUBMIT = "SCOPE_reporting:submit";
    static final String REVIEW = "SCOPE_reporting:review";
    private static final String SECTION = "reporting";

    private final SubmitReports submissions;
    private final ReadPunctuality punctuality;
    private final UiFormats formats;
    private final ReportingLabels labels;

    ReportingPages(SubmitReports submissions, ReadPunctuality punctuality, UiFormats formats,
            ReportingLabels labels) {
        this.labels = labels;
        this.submissions = submissions;
        this.punctuality = punctuality;
        this.formats = formats;
    }

    /**
     * The landing page: a unit's calendar (the reader's own; any unit's for the committee office), and for the
     * committee office every unit's standing with one report (the next one due by default).
     */
    @GetMapping
    String landing(@RequestParam(required = false) String unit, @RequestParam(required = false) String report,
            Model model) {
        PageAccess.require(READ);
        model.addAttribute("section", SECTION);
        boolean office = PageAccess.has(REVIEW);
        List<UnitCode> readable = punctuality.readableUnits();
        UnitCode shownUnit = unit == null || unit.isBlank() ? null : RequestValues.unit(unit, "unit");
        model.addAttribute("office", office);
        model.addAttribute("units", readable);
        model.addAttribute("canSubmit", PageAccess.has(SUBMIT));
        List<ReportingPeriod> periods = punctuality.periods();
        model.addAttribute("periods", periods);
        if (office && shownUnit == null) {
            ReportingPeriod shown = report == null || report.isBlank() ? nextDue(periods) : period(periods, report);
            model.addAttribute("report", shown);
            model.addAttribute("standings", punctuality.period(shown.kind(), shown.period()));
            return "reporting-submissions/office";
        }
        List<UnitPunctuality> calendar = punctuality.calendar(shownUnit);
        if (shownUnit != null && calendar.isEmpty()) {
            throw new NotFoundException("reporting-unit", shownUnit);
        }
        model.addAttribute("unit", calendar.isEmpty() ? null : calendar.get(0).unit());
        model.addAttribute("calendar", calendar);
        model.addAttribute("ownUnit", shownUnit == null);
        return "reporting-submissions/calendar";
    }

    private ReportingPeriod nextDue(List<ReportingPeriod> periods) {
        return periods.stream().filter(p -> !p.due().isBefore(formats.today())).findFirst()
                .orElse(periods.get(periods.size() - 1));
    }

    private static ReportingPeriod period(List<ReportingPeriod> periods, String report) {
        return periods.stream().filter(p -> key(p).equals(report)).findFirst()
                .orElseThrow(() -> new InvalidValueException("report", "reporting.period.not-in-calendar",
                        "the plan requires no such report", report));
    }

    /** How a report is named in a page's address: {@code STOCK_TABLE:2024-03}. */
    static String key(ReportingPeriod period) {
        return period.kind().name() + ":" + period.period();
    }

    /** Prepares the draft of a report for the reader's own unit and opens it. */
    @PostMapping("/submissions")
    String prepare(@RequestParam String kind, @RequestParam String period,
            @RequestParam(required = false) String content, RedirectAttributes redirect) {
        PageAccess.require(SUBMIT);
        ReportKind reportKind = RequestValues.enumValue(ReportKind.class, kind, "kind");
        try {
            Submission prepared = submissions.prepare(new SubmitReports.Prepare(null, reportKind, period,
                    blankToNull(content), null));
            redirect.addFlashAttribute("success", "reporting.page.prepared");
            return "redirect:/reporting/submissions/" + prepared.id();
        } catch (DomainException refused) {
            failure(redirect, refused);
            return "redirect:/reporting";
        }
    }

    /** A submission: its content, remarks and status, the forms its state allows, its revisions and reviews. */
    @GetMapping("/submissions/{id}")
    String submission(@PathVariable UUID id, Model model) {
        PageAccess.require(READ);
        Submission submission = submissions.find(new SubmissionId(id));
        model.addAttribute("section", SECTION);
        model.addAttribute("s", submission);
        model.addAttribute("title", labels.report(submission.period()));
        model.addAttribute("generated", submission.kind().generated());
        model.addAttribute("own", PageAccess.has(SUBMIT) && ownUnit(submission));
        model.addAttribute("reviewer", PageAccess.has(REVIEW));
        return "reporting-submissions/submission";
    }

    private boolean ownUnit(Submission submission) {
        return punctuality.ownUnit().filter(submission.unit()::equals).isPresent();
    }

    /** One revision exactly as it was submitted (the frozen snapshot). */
    @GetMapping("/submissions/{id}/revisions/{number}")
    String revision(@PathVariable UUID id, @PathVariable int number, Model model) {
        PageAccess.require(READ);
        Submission submission = submissions.find(new SubmissionId(id));
        SubmissionRevision revision = submissions.revision(submission.id(), number);
        model.addAttribute("section", SECTION);
        model.addAttribute("s", submission);
        model.addAttribute("r", revision);
        model.addAttribute("title", labels.report(submission.period()));
        return "reporting-submissions/revision";
    }

    @PostMapping("/submissions/{id}/edit")
    String edit(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String content,
            @RequestParam(required = false) String remarks, RedirectAttributes redirect) {
        PageAccess.require(SUBMIT);
        return change(id, redirect, "reporting.page.saved", "content", typed("content", content, "remarks", remarks),
                () -> submissions.edit(new SubmissionId(id), version, blankToNull(content), remarks));
    }

    @PostMapping("/submissions/{id}/submit")
    String submit(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        PageAccess.require(SUBMIT);
        return change(id, redirect, "reporting.page.submitted", "reason", typed("reason", reason),
                () -> submissions.submit(new SubmissionId(id), version, reason));
    }

    @PostMapping("/submissions/{id}/correct")
    String correct(@PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) String content, @RequestParam(required = false) String remarks,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        PageAccess.require(SUBMIT);
        return change(id, redirect, "reporting.page.corrected", "correctionReason",
                typed("correctionContent", content, "correctionRemarks", remarks, "correctionReason", reason),
                () -> submissions.correct(new SubmissionId(id), version, blankToNull(content), remarks, reason));
    }

    @PostMapping("/submissions/{id}/accept")
    String accept(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        PageAccess.require(REVIEW);
        return change(id, redirect, "reporting.page.accepted", "form", typed(),
                () -> submissions.accept(new SubmissionId(id), version));
    }

    @PostMapping("/submissions/{id}/return")
    String returnWith(@PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        PageAccess.require(REVIEW);
        return change(id, redirect, "reporting.page.returned", "returnReason", typed("returnReason", reason),
                () -> submissions.returnWith(new SubmissionId(id), version, reason));
    }

    /** The committee office's review inbox: every submitted report waiting for its decision. */
    @GetMapping("/review")
    String review(Model model) {
        PageAccess.require(REVIEW);
        model.addAttribute("section", SECTION);
        model.addAttribute("waiting", submissions.awaitingReview());
        return "reporting-submissions/review";
    }

    /** The late and missing reports, per unit and period, optionally of one unit and kind. */
    @GetMapping("/late")
    String late(@RequestParam(required = false) String unit, @RequestParam(required = false) String kind,
            Model model) {
        PageAccess.require(READ);
        UnitCode shownUnit = unit == null || unit.isBlank() ? null : RequestValues.unit(unit, "unit");
        ReportKind shownKind = RequestValues.enumValue(ReportKind.class, kind, "kind");
        List<UnitPunctuality> late = punctuality.lateAndMissing(shownUnit, shownKind);
        Map<UnitCode, Long> perUnit = new LinkedHashMap<>();
        late.stream().sorted(Comparator.comparing(u -> u.unit().value()))
                .forEach(u -> perUnit.merge(u.unit(), 1L, Long::sum));
        model.addAttribute("section", SECTION);
        model.addAttribute("late", late);
        model.addAttribute("units", punctuality.readableUnits());
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("shownUnit", shownUnit);
        model.addAttribute("shownKind", shownKind);
        return "reporting-submissions/late";
    }

    /**
     * Runs a change of the submission and goes back to its page: with the success message, or with a refused field's
     * message next to the field (named {@code field} unless the refusal names one of the typed fields) and what was
     * typed, or with the refusal's message.
     */
    private String change(UUID id, RedirectAttributes redirect, String success, String field,
            Map<String, String> typed, Supplier<Submission> work) {
        try {
            work.get();
            redirect.addFlashAttribute("success", success);
        } catch (NotFoundException missing) {
            throw missing;
        } catch (InvalidValueException invalid) {
            String refused = invalid.field() != null && typed.containsKey(invalid.field()) ? invalid.field() : field;
            redirect.addFlashAttribute("fieldErrors", Map.of(refused, invalid.code()));
            redirect.addFlashAttribute("typed", typed);
        } catch (DomainException refused) {
            failure(redirect, refused);
        }
        return "redirect:/reporting/submissions/" + id;
    }

    private static void failure(RedirectAttributes redirect, DomainException refused) {
        redirect.addFlashAttribute("failure", refused.code());
        redirect.addFlashAttribute("failureArguments", refused.arguments().toArray());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Map<String, String> typed(String... namesAndValues) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            typed.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return typed;
    }
}
