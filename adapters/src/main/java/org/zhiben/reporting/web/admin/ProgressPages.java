package org.zhiben.reporting.web.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.reporting.Submission;
import org.zhiben.reporting.SubmissionId;
import org.zhiben.reporting.application.SubmitReports;
import org.zhiben.reporting.web.ProgressViews;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotFoundException;

/**
 * The forms of a quarterly progress or yearly summary on its submission page: the overall progress and one text per
 * key task the unit answers for (fields {@code overall} and {@code task-<number>}), saved as the draft, submitted (the
 * ledger's standing per task frozen with the revision) or corrected as a new revision with a reason. A refused text is
 * a message next to its field, with what was typed kept.
 */
@PageController
@RequestMapping("/reporting/submissions/{id}/progress")
class ProgressPages {

    private static final Pattern TASK_FIELD = Pattern.compile("task-(\\d{1,3})");

    private final SubmitReports submissions;

    ProgressPages(SubmitReports submissions) {
        this.submissions = submissions;
    }

    /** Saves the texts and remarks of the draft (or of a returned report). */
    @PostMapping
    String save(@PathVariable UUID id, @RequestParam long version, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        PageAccess.require(ReportingPages.SUBMIT);
        return change(id, redirect, "reporting.page.saved", form, () -> submissions.edit(new SubmissionId(id),
                version, content(form), form.get("remarks")));
    }

    /** Submits the saved draft, or resubmits a returned report with the reason of its new revision. */
    @PostMapping("/submit")
    String submit(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        PageAccess.require(ReportingPages.SUBMIT);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("reason", reason == null ? "" : reason);
        return change(id, redirect, "reporting.page.submitted", typed,
                () -> submissions.submit(new SubmissionId(id), version, reason));
    }

    /** Corrects a submitted report: its texts, remarks and reason become the next revision. */
    @PostMapping("/correct")
    String correct(@PathVariable UUID id, @RequestParam long version, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        PageAccess.require(ReportingPages.SUBMIT);
        return change(id, redirect, "reporting.page.corrected", form, () -> submissions.correct(new SubmissionId(id),
                version, content(form), form.get("remarks"), form.get("reason")));
    }

    private static String content(Map<String, String> form) {
        List<ProgressViews.TaskText> tasks = new ArrayList<>();
        form.forEach((name, value) -> {
            Matcher task = TASK_FIELD.matcher(name);
            if (task.matches()) {
                tasks.add(new ProgressViews.TaskText(Integer.valueOf(task.group(1)), value));
            }
        });
        return ProgressViews.content(null, new ProgressViews.ProgressRequest(form.get("overall"), tasks));
    }

    /**
     * Runs the change and goes back to the submission's page: with the success message, or with the refused field's
     * message (the overall text, a task's text, the reason; else the form's) and what was typed, or with the refusal.
     */
    private static String change(UUID id, RedirectAttributes redirect, String success, Map<String, String> form,
            Supplier<Submission> work) {
        try {
            work.get();
            redirect.addFlashAttribute("success", success);
        } catch (NotFoundException missing) {
            throw missing;
        } catch (InvalidValueException invalid) {
            String field = invalid.field() != null && (invalid.field().equals("overall")
                    || invalid.field().equals("reason") || TASK_FIELD.matcher(invalid.field()).matches())
                    ? invalid.field() : "progress";
            redirect.addFlashAttribute("progressErrors", Map.of(field, invalid.code()));
            redirect.addFlashAttribute("progressErrorArguments", invalid.arguments().toArray());
            Map<String, String> typed = new LinkedHashMap<>(form);
            typed.remove("version");
            typed.remove("_csrf");
            redirect.addFlashAttribute("progressTyped", typed);
        } catch (DomainException refused) {
            redirect.addFlashAttribute("failure", refused.code());
            redirect.addFlashAttribute("failureArguments", refused.arguments().toArray());
        }
        return "redirect:/reporting/submissions/" + id;
    }
}
