package org.zhiben.training.web.admin;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.platform.web.ui.FormErrors;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.StaleVersionException;
import org.zhiben.training.InstitutionRecheck;
import org.zhiben.training.InstitutionStatus;
import org.zhiben.training.TrainingInstitution;
import org.zhiben.training.application.ManageInstitutions;
import org.zhiben.training.application.TrainingPaging;

/**
 * The pages of the training institutions (安全生产培训机构, task 7: "{@value TrainingInstitution#RULE}"): the register
 * with the institutions not re-checked past the deadline, the form that enters one, and an institution's page with
 * the form that records its re-check (a non-compliant one is removed with the reason) — for those who supervise.
 */
@PageController
@RequestMapping("/training/institutions")
class InstitutionPages {

    static final int PAGE_SIZE = 100;

    private final ManageInstitutions institutions;
    private final TrainingNames names;

    InstitutionPages(ManageInstitutions institutions, TrainingNames names) {
        this.institutions = institutions;
        this.names = names;
    }

    @GetMapping
    String list(@RequestParam Optional<String> status, @RequestParam(defaultValue = "0") int page, Model model) {
        PageAccess.require(TrainingPages.READ);
        InstitutionStatus shown = status.filter(s -> !s.isBlank())
                .map(s -> RequestValues.enumValue(InstitutionStatus.class, s, "status")).orElse(null);
        return listPage(new InstitutionForm(), shown, Math.max(0, page), model);
    }

    @PostMapping
    String approve(@ModelAttribute("form") InstitutionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        PageAccess.require(ReexamPages.SUPERVISE);
        JurisdictionCode jurisdiction = FormErrors.field(result, "jurisdiction", () -> RequestValues.required(
                RequestValues.jurisdiction(form.getJurisdiction(), "jurisdiction"), "jurisdiction"));
        LocalDate approvedOn = FormErrors.field(result, "approvedOn",
                () -> FormFields.date(form.getApprovedOn(), "approvedOn"));
        FormErrors.field(result, "name", () -> RequestValues.requiredText(form.getName(), "name"));
        FormErrors.field(result, "licenceNumber", () -> RequestValues.requiredText(form.getLicenceNumber(),
                "licenceNumber"));
        if (result.hasErrors()) {
            return listPage(form, null, 0, model);
        }
        try {
            TrainingInstitution institution = institutions.approve(form.getName(), jurisdiction,
                    form.getLicenceNumber(), approvedOn);
            redirect.addFlashAttribute("success", "training.institution.saved");
            return "redirect:/training/institutions/" + institution.id();
        } catch (AccessRefusedException outside) {
            result.reject("training.out-of-scope");
        } catch (DomainException refused) {
            FormErrors.reject(refused, result);
        }
        return listPage(form, null, 0, model);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        PageAccess.require(TrainingPages.READ);
        TrainingInstitution institution = institutions.find(id);
        InstitutionForm form = new InstitutionForm();
        form.setRecheckedOn(institutions.today().toString());
        form.setCompliant("true");
        form.setVersion(institution.version());
        return detailPage(institution, form, model);
    }

    @PostMapping("/{id}/recheck")
    String recheck(@PathVariable UUID id, @ModelAttribute("form") InstitutionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        PageAccess.require(ReexamPages.SUPERVISE);
        TrainingInstitution institution = institutions.find(id);
        LocalDate on = FormErrors.field(result, "recheckedOn",
                () -> FormFields.date(form.getRecheckedOn(), "recheckedOn"));
        Boolean compliant = FormErrors.field(result, "compliant", () -> switch (String.valueOf(form.getCompliant())) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> RequestValues.required(null, "compliant");
        });
        FormErrors.field(result, "notes", () -> RequestValues.requiredText(form.getNotes(), "notes"));
        if (result.hasErrors()) {
            return detailPage(institution, form, model);
        }
        try {
            TrainingInstitution rechecked = institutions.recheck(id, form.getVersion() == null ? -1
                    : form.getVersion(), new InstitutionRecheck(on, compliant, form.getNotes()));
            redirect.addFlashAttribute("success", rechecked.status() == InstitutionStatus.REMOVED
                    ? "training.institution.removed-saved" : "training.institution.rechecked-saved");
            return "redirect:/training/institutions/" + id;
        } catch (StaleVersionException stale) {
            result.reject("training.institution.changed-meanwhile");
        } catch (AccessRefusedException outside) {
            result.reject("training.out-of-scope");
        } catch (DomainException refused) {
            FormErrors.reject(refused, result);
        }
        return detailPage(institution, form, model);
    }

    private String detailPage(TrainingInstitution institution, InstitutionForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("i", institution);
        model.addAttribute("jurisdictionName", names.jurisdictions().getOrDefault(institution.jurisdiction().value(),
                institution.jurisdiction().value()));
        model.addAttribute("overdue", institution.recheckOverdue(institutions.today()));
        model.addAttribute("canSupervise", PageAccess.has(ReexamPages.SUPERVISE));
        model.addAttribute("rule", TrainingInstitution.RULE);
        return "training/institution";
    }

    private String listPage(InstitutionForm form, InstitutionStatus status, int page, Model model) {
        TrainingPaging.Page<TrainingInstitution> found = institutions.list(status, page, PAGE_SIZE);
        Map<String, String> jurisdictionNames = names.jurisdictions();
        model.addAttribute("form", form);
        model.addAttribute("institutions", found.items());
        model.addAttribute("page", found.page());
        model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("status", status == null ? "" : status.name());
        model.addAttribute("statuses", InstitutionStatus.values());
        model.addAttribute("overdue", institutions.overdue());
        model.addAttribute("jurisdictionNames", jurisdictionNames);
        model.addAttribute("canSupervise", PageAccess.has(ReexamPages.SUPERVISE));
        model.addAttribute("rule", TrainingInstitution.RULE);
        model.addAttribute("deadline", TrainingInstitution.RECHECK_DEADLINE);
        return "training/institutions";
    }
}
