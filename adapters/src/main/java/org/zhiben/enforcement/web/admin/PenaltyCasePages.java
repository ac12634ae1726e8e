package org.zhiben.enforcement.web.admin;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.enforcement.CaseOrigin;
import org.zhiben.enforcement.EnforcementRules;
import org.zhiben.enforcement.LegalArticle;
import org.zhiben.enforcement.LegalCatalogue;
import org.zhiben.enforcement.MajorDecisionRule;
import org.zhiben.enforcement.MeasureKind;
import org.zhiben.enforcement.Money;
import org.zhiben.enforcement.PenaltyAssessment;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.enforcement.PenaltyCaseId;
import org.zhiben.enforcement.PenaltyCaseStatus;
import org.zhiben.enforcement.PenaltyGuidance;
import org.zhiben.enforcement.PenaltyMeasure;
import org.zhiben.enforcement.PenaltyParty;
import org.zhiben.enforcement.application.DecideOnPenaltyProposal;
import org.zhiben.enforcement.application.OpenPenaltyCase;
import org.zhiben.enforcement.application.PenaltyCaseTarget;
import org.zhiben.enforcement.application.ProposePenalty;
import org.zhiben.enforcement.application.ReadPenaltyCases;
import org.zhiben.enforcement.application.SetPenaltyBasis;
import org.zhiben.enforcement.web.PenaltyCaseUseCases;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.hazards.HazardId;
import org.zhiben.identity.CurrentActors;
import org.zhiben.platform.web.ui.FormErrors;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotFoundException;

/**
 * The pages of penalty cases (行政处罚案件): the list with filters, opening a case from an inspection, a hazard or a
 * tip-off, and a case with the task-24 proposal and its trace, the officer's decision on it, the basis from the
 * catalogue, the discretion band, the measures against the unit and the responsible person (一案双罚), the notice of
 * rights, the legal review, the decision, its publication within 7 working days, its execution and the transfer to
 * the judiciary — one form for each step the case's status allows and the user's permissions grant. Every read and
 * change goes through the same use cases as the API: only cases inside the user's data scope are shown (an enterprise
 * manager: its own enterprise's), and every change is checked against the version the form was shown with and audited.
 */
@PageController
@RequestMapping("/enforcement/cases")
class PenaltyCasePages {

    static final String READ = "SCOPE_enforcement:read";
    static final String PENALISE = "SCOPE_enforcement:penalise";

    /** The steps with their forms, in the order the page shows them. */
    static final List<String> STEPS = List.of("policy", "basis", "rights", "decision", "publication", "execution",
            "transfer");

    /** The form field for a refusal of a case step, by its code. */
    private static final Map<String, String> STEP_FIELDS = Map.of(
            "enforcement.penalty.departure-without-reason", "reason",
            "enforcement.case.person-required", "responsiblePerson",
            "enforcement.case.band-unknown", "band",
            "enforcement.case.band-not-of-basis", "band",
            "enforcement.case.fine-outside-band", "band",
            "enforcement.date.in-future", "on",
            "enforcement.case.decided-before-notice", "on",
            "enforcement.case.executed-before-decision", "on");

    private final OpenPenaltyCase open;
    private final PenaltyCaseUseCases steps;
    private final ProposePenalty propose;
    private final ReadPenaltyCases read;
    private final Enterprises enterprises;
    private final EnforcementRules rules;
    private final CurrentActors caller;
    private final Clock clock;

    PenaltyCasePages(OpenPenaltyCase open, PenaltyCaseUseCases steps, ProposePenalty propose, ReadPenaltyCases read,
            Enterprises enterprises, EnforcementRules rules, CurrentActors caller, Clock clock) {
        this.open = open;
        this.steps = steps;
        this.propose = propose;
        this.read = read;
        this.enterprises = enterprises;
        this.rules = rules;
        this.caller = caller;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------------------- list

    @GetMapping
    String list(@RequestParam Optional<String> status, @RequestParam Optional<String> origin,
            @RequestParam Optional<String> q, Model model) {
        PageAccess.require(READ);
        Filter filter = new Filter(text(status), text(origin), text(q));
        Map<UUID, Optional<Enterprise>> names = new HashMap<>();
        List<Row> rows = read.list().stream()
                .filter(c -> filter.status().isEmpty() || c.status().name().equals(filter.status()))
                .filter(c -> filter.origin().isEmpty() || c.origin().kind().name().equals(filter.origin()))
                .map(c -> new Row(c, names.computeIfAbsent(c.enterpriseId(),
                        id -> enterprises.findById(new EnterpriseId(id))).map(Enterprise::name).orElse("")))
                .filter(r -> filter.q().isEmpty() || r.enterpriseName().contains(filter.q())
                        || r.penaltyCase().violation().contains(filter.q()))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", Arrays.asList(PenaltyCaseStatus.values()));
        model.addAttribute("origins", Arrays.asList(CaseOrigin.Kind.values()));
        model.addAttribute("canPenalise", PageAccess.has(PENALISE));
        model.addAttribute("today", LocalDate.now(clock));
        return "enforcement/cases";
    }

    // ------------------------------------------------------------------------------------------------------- open

    @GetMapping("/new")
    String newCase(@ModelAttribute("caseForm") CaseForm form, Model model) {
        PageAccess.require(PENALISE);
        pickEnterprise(form);
        return openPage(form, model);
    }

    @PostMapping("/new")
    String openCase(@Validated @ModelAttribute("caseForm") CaseForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        PageAccess.require(PENALISE);
        pickEnterprise(form);
        CaseOrigin.Kind kind = enumOrNull(CaseOrigin.Kind.class, form.getOriginKind());
        if (kind == null && !result.hasFieldErrors("originKind")) {
            result.rejectValue("originKind", "NotBlank");
        }
        UUID reference = uuidOrNull(form.getOriginReference());
        if (reference == null && !result.hasFieldErrors("originReference")) {
            result.rejectValue("originReference", "enfc.case.origin-reference.invalid");
        }
        Optional<Enterprise> enterprise = enterpriseOf(form.getCreditCode());
        if (form.getCreditCode() == null || form.getCreditCode().isBlank()) {
            result.rejectValue("creditCode", "picker.enterprise.none-picked");
        } else if (enterprise.isEmpty()) {
            result.rejectValue("creditCode", "enforcement.enterprise.unknown");
        }
        if (result.hasErrors()) {
            return openPage(form, model);
        }
        PenaltyCase opened;
        try {
            opened = open.execute(new OpenPenaltyCase.Command(enterprise.orElseThrow().id().value(),
                    new CaseOrigin(kind, reference), form.getViolation()));
        } catch (org.zhiben.shared.AccessRefusedException refused) {
            throw refused;
        } catch (DomainException refused) {
            if (refused instanceof InvalidValueException invalid && "enterpriseId".equals(invalid.field())) {
                result.rejectValue("creditCode", refused.code(), refused.arguments().toArray(), refused.getMessage());
            } else {
                FormErrors.reject(refused, result);
            }
            return openPage(form, model);
        }
        redirect.addFlashAttribute("success", "enfc.case.opened");
        return "redirect:/enforcement/cases/" + opened.id().value();
    }

    private String openPage(CaseForm form, Model model) {
        model.addAttribute("caseForm", form);
        model.addAttribute("origins", Arrays.asList(CaseOrigin.Kind.values()));
        model.addAttribute("enterprise", enterpriseOf(form.getCreditCode()).orElse(null));
        return "enforcement/case-new";
    }

    /** The enterprise typed into the picker when none was picked from its list: taken when exactly one matches. */
    private void pickEnterprise(CaseForm form) {
        if ((form.getCreditCode() == null || form.getCreditCode().isBlank()) && form.getEnterpriseQuery() != null
                && !form.getEnterpriseQuery().isBlank()) {
            List<Enterprise> matching = enterprises.findByNameOrCreditCode(form.getEnterpriseQuery().strip(),
                    caller.scope(), 2);
            if (matching.size() == 1) {
                form.setCreditCode(matching.get(0).creditCode().value());
            }
        }
    }

    /** The enterprise with this credit code, if it lies inside the user's data scope. */
    private Optional<Enterprise> enterpriseOf(String creditCode) {
        if (creditCode == null || creditCode.isBlank()) {
            return Optional.empty();
        }
        try {
            return enterprises.findByCreditCode(UnifiedSocialCreditCode.of(creditCode.strip().toUpperCase()))
                    .filter(e -> caller.scope().permits(e.jurisdiction(), e.industry(), e.id().value()));
        } catch (DomainException malformed) {
            return Optional.empty();
        }
    }

    // ----------------------------------------------------------------------------------------------------- detail

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean fakeRectification,
            @RequestParam(defaultValue = "false") boolean notRectifying,
            @RequestParam(defaultValue = "false") boolean operatingAtRisk, Model model) {
        PageAccess.require(READ);
        CaseStepForm policy = new CaseStepForm();
        policy.setFakeRectification(fakeRectification);
        policy.setNotRectifying(notRectifying);
        policy.setOperatingAtRisk(operatingAtRisk);
        model.addAttribute("policyFindings", policy);
        return detailPage(id, model);
    }

    @PostMapping("/{id}/{step}")
    String step(@PathVariable UUID id, @PathVariable String step, @Validated @ModelAttribute CaseStepForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!STEPS.contains(step)) {
            throw new NotFoundException("PenaltyCaseStep", step);
        }
        PageAccess.require(PENALISE);
        List<PenaltyMeasure> measures = "basis".equals(step) ? measures(form, result) : List.of();
        validate(step, form, result);
        if (!result.hasErrors()) {
            try {
                apply(id, step, form, measures);
                redirect.addFlashAttribute("success", "enfc.case.step.done." + step);
                return "redirect:/enforcement/cases/" + id + "#step-" + step;
            } catch (DomainException refused) {
                FormErrors.reject(refused, result, STEP_FIELDS);
            }
        }
        form.fillRows();
        model.addAttribute(step + "Form", form);
        model.addAttribute("org.springframework.validation.BindingResult." + step + "Form", result);
        model.addAttribute("openStep", step);
        if ("policy".equals(step)) {
            model.addAttribute("policyFindings", form);
        }
        return detailPage(id, model);
    }

    private void apply(UUID uuid, String step, CaseStepForm f, List<PenaltyMeasure> measures) {
        PenaltyCaseTarget target = new PenaltyCaseTarget(new PenaltyCaseId(uuid), f.getVersion());
        switch (step) {
            case "basis" -> steps.setBasis().execute(new SetPenaltyBasis.Command(target, f.getArticles(),
                    blankToNull(f.getBand()), measures, blankToNull(f.getResponsiblePerson())));
            case "policy" -> {
                PenaltyCase penaltyCase = read.find(new PenaltyCaseId(uuid));
                steps.decideOnProposal().execute(new DecideOnPenaltyProposal.Command(target,
                        new HazardId(penaltyCase.origin().reference()), f.isFakeRectification(), f.isNotRectifying(),
                        f.isOperatingAtRisk(), PenaltyGuidance.valueOf(f.getDecided()), blankToNull(f.getReason())));
            }
            case "rights" -> steps.notifyRights().execute(target, f.getOn());
            case "decision" -> steps.decide().execute(target, f.getOn());
            case "publication" -> steps.publish().execute(target);
            case "execution" -> steps.execution().execute(target, f.getOn());
            case "transfer" -> steps.transfer().execute(target, f.getOn(), f.getReceivingOrgan(), f.getReason());
            default -> throw new IllegalArgumentException(step);
        }
    }

    /** The fields each step needs; the domain checks the rest (e.g. the reason a departure requires). */
    private static void validate(String step, CaseStepForm form, BindingResult result) {
        if (form.getVersion() == null) {
            result.reject("enfc.form.version-missing");
        }
        switch (step) {
            case "basis" -> {
                if (form.getArticles().isEmpty()) {
                    result.rejectValue("articles", "enfc.case.articles.required");
                }
            }
            case "policy" -> {
                if (enumOrNull(PenaltyGuidance.class, form.getDecided()) == null) {
                    result.rejectValue("decided", "NotBlank");
                }
            }
            case "rights", "decision", "execution" -> required(form.getOn(), "on", result);
            case "transfer" -> {
                required(form.getOn(), "on", result);
                required(blankToNull(form.getReceivingOrgan()), "receivingOrgan", result);
                required(blankToNull(form.getReason()), "reason", result);
            }
            default -> { }
        }
    }

    /** The measures of the filled rows; a row's fault is put on its field. */
    private static List<PenaltyMeasure> measures(CaseStepForm form, BindingResult result) {
        List<PenaltyMeasure> measures = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < form.getMeasures().size(); i++) {
            MeasureRow row = form.getMeasures().get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            any = true;
            String field = "measures[" + i + "].";
            MeasureKind kind = enumOrNull(MeasureKind.class, row.getKind());
            PenaltyParty party = enumOrNull(PenaltyParty.class, row.getParty());
            if (kind == null) {
                result.rejectValue(field + "kind", "NotBlank");
            }
            if (party == null) {
                result.rejectValue(field + "party", "NotBlank");
            }
            Money fine = null;
            if (row.getFineYuan() != null && !result.hasFieldErrors(field + "fineYuan")) {
                BigDecimal yuan = row.getFineYuan();
                if (yuan.scale() > 2) {
                    result.rejectValue(field + "fineYuan", "enfc.case.fine.cents");
                } else {
                    fine = Money.ofFen(yuan.movePointRight(2).longValueExact());
                }
            }
            if (kind == null || party == null || result.hasFieldErrors(field + "fineYuan")) {
                continue;
            }
            try {
                measures.add(new PenaltyMeasure(kind, party, fine, row.getDetail()));
            } catch (DomainException refused) {
                result.rejectValue(field + ("fine".equals(refused instanceof InvalidValueException invalid
                        ? invalid.field() : null) ? "fineYuan" : "detail"), refused.code(),
                        refused.arguments().toArray(), refused.getMessage());
            }
        }
        if (!any) {
            result.rejectValue("measures", "enfc.case.measures.required");
        }
        return measures;
    }

    private String detailPage(UUID id, Model model) {
        PenaltyCase penaltyCase = read.find(new PenaltyCaseId(id));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("c", penaltyCase);
        model.addAttribute("today", today);
        model.addAttribute("enterprise", enterprises.findById(new EnterpriseId(penaltyCase.enterpriseId()))
                .orElse(null));
        LegalCatalogue catalogue = catalogueOf(penaltyCase, today);
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("caseArticles", penaltyCase.articleCodes().stream().map(code -> article(catalogue, code))
                .flatMap(Optional::stream).toList());
        model.addAttribute("caseBand", penaltyCase.bandCode().flatMap(catalogue::band).orElse(null));
        MajorDecisionRule rule = MajorDecisionRule.inForceOn(rules.majorDecisionRules(),
                penaltyCase.decidedOn().orElse(today));
        model.addAttribute("major", penaltyCase.isMajor(rule));
        model.addAttribute("majorRule", rule);
        Set<String> allowed = allowedSteps(penaltyCase);
        model.addAttribute("steps", STEPS.stream().filter(allowed::contains).toList());
        for (String step : STEPS) {
            if (!model.containsAttribute(step + "Form")) {
                CaseStepForm blank = CaseStepForm.blank(penaltyCase.version());
                if (List.of("rights", "decision", "execution", "transfer").contains(step)) {
                    blank.setOn(today);
                }
                if ("basis".equals(step)) {
                    prefillBasis(penaltyCase, blank);
                }
                model.addAttribute(step + "Form", blank);
            }
        }
        if (penaltyCase.origin().kind() == CaseOrigin.Kind.HAZARD && penaltyCase.decidedOn().isEmpty()
                && PageAccess.has(PENALISE)) {
            CaseStepForm findings = (CaseStepForm) model.getAttribute("policyFindings");
            try {
                PenaltyAssessment proposal = propose.execute(new HazardId(penaltyCase.origin().reference()),
                        findings != null && findings.isFakeRectification(),
                        findings != null && findings.isNotRectifying(),
                        findings != null && findings.isOperatingAtRisk());
                model.addAttribute("proposal", proposal);
                CaseStepForm policyForm = (CaseStepForm) model.getAttribute("policyForm");
                if (policyForm != null && findings != null && !"policy".equals(model.getAttribute("openStep"))) {
                    policyForm.setFakeRectification(findings.isFakeRectification());
                    policyForm.setNotRectifying(findings.isNotRectifying());
                    policyForm.setOperatingAtRisk(findings.isOperatingAtRisk());
                    policyForm.setDecided(proposal.outcome().name());
                }
            } catch (NotFoundException hazardGone) {
                model.addAttribute("proposalUnavailable", true);
            }
        }
        model.addAttribute("canPenalise", PageAccess.has(PENALISE));
        model.addAttribute("guidances", Arrays.asList(PenaltyGuidance.values()));
        model.addAttribute("measureKinds", Arrays.asList(MeasureKind.values()));
        model.addAttribute("parties", Arrays.asList(PenaltyParty.values()));
        return "enforcement/case";
    }

    private static void prefillBasis(PenaltyCase penaltyCase, CaseStepForm form) {
        form.setArticles(new ArrayList<>(penaltyCase.articleCodes()));
        form.setBand(penaltyCase.bandCode().orElse(null));
        form.setResponsiblePerson(penaltyCase.responsiblePerson().orElse(null));
        List<MeasureRow> rows = new ArrayList<>();
        for (PenaltyMeasure measure : penaltyCase.measures()) {
            MeasureRow row = new MeasureRow();
            row.setKind(measure.kind().name());
            row.setParty(measure.party().name());
            row.setFineYuan(measure.fine() == null ? null : BigDecimal.valueOf(measure.fine().fen(), 2));
            row.setDetail(measure.detail());
            rows.add(row);
        }
        form.setMeasures(rows);
        form.fillRows();
    }

    /** The catalogue the case's basis was taken from, or the one in force today when it has none yet. */
    private LegalCatalogue catalogueOf(PenaltyCase penaltyCase, LocalDate today) {
        return rules.catalogues().stream().filter(c -> c.version().equals(penaltyCase.catalogueVersion()))
                .findFirst().orElseGet(() -> LegalCatalogue.inForceOn(rules.catalogues(), today));
    }

    private static Optional<LegalArticle> article(LegalCatalogue catalogue, String code) {
        return catalogue.articles().stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** The steps the case's status allows and the user's permissions grant (as the API's access rules). */
    static Set<String> allowedSteps(PenaltyCase c) {
        Set<String> allowed = new LinkedHashSet<>();
        if (!PageAccess.has(PENALISE)) {
            return allowed;
        }
        PenaltyCaseStatus status = c.status();
        if (c.origin().kind() == CaseOrigin.Kind.HAZARD && c.decidedOn().isEmpty()) {
            allowed.add("policy");
        }
        if (c.isRevisable()) {
            allowed.add("basis");
        }
        if (status == PenaltyCaseStatus.OPEN) {
            if (!c.measures().isEmpty()) {
                allowed.add("rights");
            }
        }
        if (status == PenaltyCaseStatus.RIGHTS_NOTIFIED) {
            allowed.add("decision");
        }
        if (c.decidedOn().isPresent() && c.publishedOn().isEmpty()) {
            allowed.add("publication");
        }
        if (status == PenaltyCaseStatus.DECIDED) {
            allowed.add("execution");
        }
        if (c.transfer().isEmpty()) {
            allowed.add("transfer");
        }
        return allowed;
    }

    // ------------------------------------------------------------------------------------------------- helpers


    private static void required(Object value, String field, BindingResult result) {
        if (value == null && !result.hasFieldErrors(field)) {
            result.rejectValue(field, "NotBlank");
        }
    }

    static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static UUID uuidOrNull(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static String text(Optional<String> value) {
        return value.map(String::strip).orElse("");
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The filter as the form shows it again. */
    record Filter(String status, String origin, String q) {
    }

    /** A case of the list with its enterprise's name. */
    record Row(PenaltyCase penaltyCase, String enterpriseName) {
    }
}
