package org.zhiben.enforcement.web.admin;

import java.util.List;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.enforcement.PenaltyCaseId;
import org.zhiben.enforcement.application.PublishTypicalCase;
import org.zhiben.enforcement.application.ReadPenaltyCases;
import org.zhiben.enforcement.application.ReadTypicalCases;
import org.zhiben.platform.web.ui.FormErrors;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.shared.DomainException;

/**
 * The typical cases (典型案例) for the officers: those published, with a link to the public page, and — for an officer
 * who runs penalty cases — the form to publish a decided case (a closed tip-off is published from its own page).
 * Personal data is removed by the use case when it is published.
 */
@PageController
@RequestMapping("/enforcement/typical-cases")
class TypicalCasePages {

    static final String READ = "SCOPE_enforcement:read";
    static final String PENALISE = "SCOPE_enforcement:penalise";

    private final ReadTypicalCases read;
    private final ReadPenaltyCases cases;
    private final PublishTypicalCase publish;

    TypicalCasePages(ReadTypicalCases read, ReadPenaltyCases cases, PublishTypicalCase publish) {
        this.read = read;
        this.cases = cases;
        this.publish = publish;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, @ModelAttribute("fromCase") TypicalCaseForm form,
            Model model) {
        PageAccess.require(READ);
        return page(page, model);
    }

    @PostMapping
    String fromCase(@Validated @ModelAttribute("fromCase") TypicalCaseForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        PageAccess.require(PENALISE);
        if (form.getCaseId() == null) {
            result.rejectValue("caseId", "NotBlank");
        }
        if (!result.hasErrors()) {
            try {
                publish.fromCase(new PenaltyCaseId(form.getCaseId()), form.getTitle(), form.getAccount());
                redirect.addFlashAttribute("success", "tip.step.done.typicalCase");
                return "redirect:/enforcement/typical-cases";
            } catch (DomainException refused) {
                FormErrors.reject(refused, result);
            }
        }
        return page(0, model);
    }

    private String page(int page, Model model) {
        model.addAttribute("found", read.published(page, 20));
        boolean penalise = PageAccess.has(PENALISE);
        model.addAttribute("canPublishCase", penalise);
        List<PenaltyCase> decided = penalise ? cases.list().stream()
                .filter(c -> c.decidedOn().isPresent()).toList() : List.of();
        model.addAttribute("decidedCases", decided);
        return "enforcement/typical-cases";
    }
}
