package org.zhiben.training.web.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.organization.Jurisdictions;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.platform.web.ui.UiFormats;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.NotFoundException;
import org.zhiben.training.ReexamFlag;
import org.zhiben.training.ReexamFlagId;
import org.zhiben.training.application.ReexamineFlags;
import org.zhiben.training.application.RegisterUnqualifiedPersonnel;

/**
 * Principals flagged for re-examination after failing the exam at an inspection (逢查必考): the flags of the caller's
 * scope (or the overdue ones) with their due days, and, for those who supervise training, the form to record a
 * re-examination held outside an inspection.
 */
@PageController
@RequestMapping("/training/reexaminations")
class ReexamPages {

    static final String SUPERVISE = "SCOPE_training:supervise";

    private final ReexamineFlags flags;
    private final RegisterUnqualifiedPersonnel unqualified;
    private final Enterprises enterprises;
    private final Jurisdictions jurisdictions;

    ReexamPages(ReexamineFlags flags, RegisterUnqualifiedPersonnel unqualified, Enterprises enterprises,
            Jurisdictions jurisdictions) {
        this.flags = flags;
        this.unqualified = unqualified;
        this.enterprises = enterprises;
        this.jurisdictions = jurisdictions;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "false") boolean overdue, Model model) {
        PageAccess.require(TrainingPages.READ);
        Map<String, String> names = jurisdictions.findAll().stream().collect(Collectors.toMap(
                j -> j.code().value(), j -> UiFormats.english() ? j.nameEn() : j.name()));
        model.addAttribute("lines", flags.list(overdue).stream().map(flag -> new Line(flag,
                enterprises.findById(new EnterpriseId(flag.enterpriseId())).map(Enterprise::name).orElse(""),
                names.getOrDefault(flag.jurisdiction().value(), flag.jurisdiction().value()), flags.overdue(flag),
                flags.unqualified(flag)))
                .toList());
        model.addAttribute("overdueOnly", overdue);
        model.addAttribute("canSupervise", PageAccess.has(SUPERVISE));
        return "training/reexaminations";
    }

    @PostMapping("/{id}/result")
    String result(@PathVariable UUID id, @RequestParam long version, @RequestParam Optional<String> on,
            @RequestParam Optional<String> passed, RedirectAttributes redirect) {
        PageAccess.require(SUPERVISE);
        try {
            LocalDate day = LocalDate.parse(on.orElse("").strip());
            flags.record(new ReexamFlagId(id), version, day, "true".equals(passed.orElse("")));
            redirect.addFlashAttribute("success", "training.reexam.saved");
        } catch (DateTimeParseException invalid) {
            redirect.addFlashAttribute("failure", "training.reexam.date-required");
            redirect.addFlashAttribute("failureArguments", new Object[0]);
        } catch (NotFoundException | AccessRefusedException outside) {
            throw outside;
        } catch (DomainException refused) {
            redirect.addFlashAttribute("failure", refused.code());
            redirect.addFlashAttribute("failureArguments", refused.arguments().toArray());
        }
        return "redirect:/training/reexaminations";
    }

    /**
     * Registers the principal whose re-examination was failed or is overdue as a major hazard (clause 1), after the
     * page's confirmation; the list then shows the hazard registered with its link, or why it was not.
     */
    @PostMapping("/{id}/major-hazard")
    String registerAsHazard(@PathVariable UUID id, RedirectAttributes redirect) {
        PageAccess.require(SUPERVISE);
        try {
            HazardFlash.show(unqualified.principal(new ReexamFlagId(id), null), redirect);
        } catch (NotFoundException | AccessRefusedException outside) {
            throw outside;
        } catch (DomainException refused) {
            redirect.addFlashAttribute("failure", refused.code());
            redirect.addFlashAttribute("failureArguments", refused.arguments().toArray());
        }
        return "redirect:/training/reexaminations";
    }

    /** A flag as the page shows it: the enterprise and jurisdiction by name. */
    record Line(ReexamFlag flag, String enterprise, String jurisdiction, boolean overdue, boolean unqualified) {
    }
}
