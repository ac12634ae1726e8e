package org.zhiben.enforcement.web.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.enforcement.EnforcementRules;
import org.zhiben.enforcement.LegalArticle;
import org.zhiben.enforcement.LegalCatalogue;
import org.zhiben.enforcement.MajorDecisionRule;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.enforcement.PenaltyCaseId;
import org.zhiben.enforcement.application.PenaltyCaseTarget;
import org.zhiben.enforcement.application.PenaltyCaseToDos;
import org.zhiben.enforcement.application.ReadPenaltyCases;
import org.zhiben.enforcement.web.PenaltyCaseUseCases;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.platform.web.ui.FormErrors;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.shared.DomainException;

/**
 * The legal reviewer's inbox (法制审核): the major decisions (closure, suspension, fines above the threshold in force)
 * notified to the party and waiting for review inside the reviewer's scope, and the review form of one case — approve
 * or return, with the opinion — recorded as the signed-in reviewer through the same use case as the API.
 */
@PageController
@RequestMapping("/enforcement/legal-review")
class LegalReviewPages {

    static final String LEGAL_REVIEW = "SCOPE_enforcement:legal-review";

    private final PenaltyCaseToDos waiting;
    private final PenaltyCaseUseCases steps;
    private final ReadPenaltyCases read;
    private final Enterprises enterprises;
    private final EnforcementRules rules;
    private final Clock clock;

    LegalReviewPages(PenaltyCaseToDos waiting, PenaltyCaseUseCases steps, ReadPenaltyCases read, Enterprises enterprises,
            EnforcementRules rules, Clock clock) {
        this.waiting = waiting;
        this.steps = steps;
        this.read = read;
        this.enterprises = enterprises;
        this.rules = rules;
        this.clock = clock;
    }

    @GetMapping
    String inbox(Model model) {
        PageAccess.require(LEGAL_REVIEW);
        Map<UUID, String> names = new HashMap<>();
        model.addAttribute("rows", waiting.awaitingLegalReview().stream()
                .map(c -> new PenaltyCasePages.Row(c, names.computeIfAbsent(c.enterpriseId(), id -> enterprises
                        .findById(new EnterpriseId(id)).map(Enterprise::name).orElse(""))))
                .toList());
        return "enforcement/legal-review-inbox";
    }

    @GetMapping("/{id}")
    String review(@PathVariable UUID id, Model model) {
        PageAccess.require(LEGAL_REVIEW);
        return reviewPage(id, model);
    }

    @PostMapping("/{id}")
    String record(@PathVariable UUID id, @Validated @ModelAttribute("reviewForm") CaseStepForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        PageAccess.require(LEGAL_REVIEW);
        if (form.getVersion() == null) {
            result.reject("enfc.form.version-missing");
        }
        if (form.getApproved() == null) {
            result.rejectValue("approved", "enfc.review.choose");
        }
        if (PenaltyCasePages.blankToNull(form.getOpinion()) == null && !result.hasFieldErrors("opinion")) {
            result.rejectValue("opinion", "NotBlank");
        }
        if (!result.hasErrors()) {
            try {
                steps.legalReview().execute(new PenaltyCaseTarget(new PenaltyCaseId(id), form.getVersion()),
                        form.getApproved(), form.getOpinion());
                redirect.addFlashAttribute("success", form.getApproved() ? "enfc.review.done.approved"
                        : "enfc.review.done.returned");
                return "redirect:/enforcement/legal-review";
            } catch (DomainException refused) {
                FormErrors.reject(refused, result);
            }
        }
        return reviewPage(id, model);
    }

    private String reviewPage(UUID id, Model model) {
        PenaltyCase penaltyCase = read.find(new PenaltyCaseId(id));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("c", penaltyCase);
        model.addAttribute("enterprise", enterprises.findById(new EnterpriseId(penaltyCase.enterpriseId()))
                .orElse(null));
        LegalCatalogue catalogue = rules.catalogues().stream()
                .filter(v -> v.version().equals(penaltyCase.catalogueVersion())).findFirst()
                .orElseGet(() -> LegalCatalogue.inForceOn(rules.catalogues(), today));
        List<LegalArticle> articles = penaltyCase.articleCodes().stream()
                .map(code -> catalogue.articles().stream().filter(a -> a.code().equals(code)).findFirst())
                .flatMap(Optional::stream).toList();
        model.addAttribute("caseArticles", articles);
        model.addAttribute("caseBand", penaltyCase.bandCode().flatMap(catalogue::band).orElse(null));
        MajorDecisionRule rule = MajorDecisionRule.inForceOn(rules.majorDecisionRules(), today);
        model.addAttribute("major", penaltyCase.isMajor(rule));
        model.addAttribute("majorRule", rule);
        if (!model.containsAttribute("reviewForm")) {
            model.addAttribute("reviewForm", CaseStepForm.blank(penaltyCase.version()));
        }
        return "enforcement/legal-review";
    }
}
