package org.zhiben.training.web.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.organization.Jurisdictions;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.platform.web.ui.UiFormats;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.DomainException;
import org.zhiben.training.MisconductKind;
import org.zhiben.training.MisconductReport;
import org.zhiben.training.application.ReportMisconduct;

/**
 * Reports of suspected proxy training or exams and no-shows (代培代考、缺考): the list of the caller's scope with the
 * penalty case each opened, and, for those who supervise training, the form that reports one and hands it to
 * enforcement.
 */
@PageController
@RequestMapping("/training/misconduct")
class MisconductPages {

    private final ReportMisconduct report;
    private final Enterprises enterprises;
    private final Jurisdictions jurisdictions;

    MisconductPages(ReportMisconduct report, Enterprises enterprises, Jurisdictions jurisdictions) {
        this.report = report;
        this.enterprises = enterprises;
        this.jurisdictions = jurisdictions;
    }

    @GetMapping
    String list(Model model) {
        PageAccess.require(TrainingPages.READ);
        Map<String, String> names = jurisdictions.findAll().stream().collect(Collectors.toMap(
                j -> j.code().value(), j -> UiFormats.english() ? j.nameEn() : j.name()));
        model.addAttribute("lines", report.list().stream().map(r -> new Line(r,
                enterprises.findById(new EnterpriseId(r.enterpriseId())).map(Enterprise::name).orElse(""),
                names.getOrDefault(r.jurisdiction().value(), r.jurisdiction().value()))).toList());
        model.addAttribute("kinds", Arrays.asList(MisconductKind.values()));
        model.addAttribute("canSupervise", PageAccess.has(ReexamPages.SUPERVISE));
        return "training/misconduct";
    }

    @PostMapping
    String report(@RequestParam Optional<String> enterpriseId, @RequestParam Optional<String> kind,
            @RequestParam Optional<String> occurredOn, @RequestParam Optional<String> description,
            RedirectAttributes redirect) {
        PageAccess.require(ReexamPages.SUPERVISE);
        try {
            UUID enterprise = RequestValues.convert(enterpriseId.orElse(""), "enterpriseId", UUID::fromString);
            LocalDate on = LocalDate.parse(occurredOn.orElse("").strip());
            MisconductReport reported = report.execute(new ReportMisconduct.Command(enterprise,
                    RequestValues.enumValue(MisconductKind.class, kind.orElse(""), "kind"), null, on,
                    description.orElse("")));
            redirect.addFlashAttribute("success", "training.misconduct.saved");
            return "redirect:/training/misconduct#report-" + reported.id();
        } catch (DateTimeParseException | IllegalArgumentException invalid) {
            redirect.addFlashAttribute("failure", "training.misconduct.incomplete");
            redirect.addFlashAttribute("failureArguments", new Object[0]);
        } catch (AccessRefusedException outside) {
            redirect.addFlashAttribute("failure", "training.out-of-scope");
            redirect.addFlashAttribute("failureArguments", new Object[0]);
        } catch (DomainException refused) {
            redirect.addFlashAttribute("failure", "validation.required".equals(refused.code())
                    ? "training.misconduct.incomplete" : refused.code());
            redirect.addFlashAttribute("failureArguments", refused.arguments().toArray());
        }
        return "redirect:/training/misconduct";
    }

    /** A report as the page shows it: the enterprise and jurisdiction by name. */
    record Line(MisconductReport report, String enterprise, String jurisdiction) {
    }
}
