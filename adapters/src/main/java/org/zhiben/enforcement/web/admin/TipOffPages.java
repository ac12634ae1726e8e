package org.zhiben.enforcement.web.admin;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.BeanWrapperImpl;
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
import org.zhiben.enforcement.AccidentClass;
import org.zhiben.enforcement.Money;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.enforcement.PenaltyCaseId;
import org.zhiben.enforcement.ReporterIdentity;
import org.zhiben.enforcement.RewardCalculation;
import org.zhiben.enforcement.TipOff;
import org.zhiben.enforcement.TipOffChannel;
import org.zhiben.enforcement.TipOffDeadlines;
import org.zhiben.enforcement.TipOffId;
import org.zhiben.enforcement.TipOffStatus;
import org.zhiben.enforcement.VerificationResult;
import org.zhiben.enforcement.application.PublishTypicalCase;
import org.zhiben.enforcement.application.RaiseTipOffHazard;
import org.zhiben.enforcement.application.ReadPenaltyCases;
import org.zhiben.enforcement.application.ReceiveTipOff;
import org.zhiben.enforcement.application.TipOffTarget;
import org.zhiben.enforcement.web.TipOffUseCases;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.HazardId;
import org.zhiben.identity.CurrentActors;
import org.zhiben.organization.Jurisdictions;
import org.zhiben.organization.MemberUnits;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.platform.web.ui.FormErrors;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.platform.web.ui.UiFormats;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.UnitCode;

/**
 * The pages of tip-offs (举报): the list with status, responsible unit and the next step's deadline (overdue ones
 * marked, and a filter for them), the intake form, and a tip-off with its steps — acceptance, assignment, on-site
 * verification, the hazard it becomes and the case it leads to, duplicate links, the reward (computed by the rules in
 * force, decided by one person, approved by a second), its payment, closure, and its publication as a typical case.
 * Every change goes through the same use cases as the API. The reporter's identity is never on a page except after
 * the tip-off officer's explicit, audited request ("查看举报人身份").
 */
@PageController
@RequestMapping("/enforcement/tip-offs")
class TipOffPages {

    static final String READ = "SCOPE_tipoffs:read";
    static final String REPORT = "SCOPE_tipoffs:report";
    static final String HANDLE = "SCOPE_tipoffs:handle";
    static final String IDENTITY = "SCOPE_tipoffs:identity:read";

    /** The steps with their forms, in the order the page shows them. */
    static final List<String> STEPS = List.of("acceptance", "assignment", "verification", "hazard", "outcome",
            "duplicate", "reward", "approval", "payment", "closure", "typicalCase");

    private final TipOffUseCases tipOffs;
    private final ReadPenaltyCases cases;
    private final PublishTypicalCase publish;
    private final Enterprises enterprises;
    private final Jurisdictions jurisdictions;
    private final MemberUnits units;
    private final CurrentActors caller;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    TipOffPages(TipOffUseCases tipOffs, ReadPenaltyCases cases, PublishTypicalCase publish, Enterprises enterprises,
            Jurisdictions jurisdictions, MemberUnits units, CurrentActors caller, Clock clock) {
        this.tipOffs = tipOffs;
        this.cases = cases;
        this.publish = publish;
        this.enterprises = enterprises;
        this.jurisdictions = jurisdictions;
        this.units = units;
        this.caller = caller;
        this.clock = clock;
    }

    // -------------------------------------------------------------------------------------------------------- list

    @GetMapping
    String list(@RequestParam Optional<String> status, @RequestParam(defaultValue = "false") boolean overdue,
            Model model) {
        PageAccess.require(READ);
        TipOffStatus wanted = RequestValues.enumValue(TipOffStatus.class,
                status.filter(s -> !s.isBlank()).orElse(null), "status");
        TipOffDeadlines deadlines = tipOffs.read.deadlines();
        LocalDate today = LocalDate.now(clock);
        List<Row> rows = (overdue ? tipOffs.read.overdue() : tipOffs.read.list()).stream()
                .filter(t -> wanted == null || t.status() == wanted)
                .map(t -> row(t, deadlines, today))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("statuses", Arrays.asList(TipOffStatus.values()));
        model.addAttribute("status", wanted == null ? "" : wanted.name());
        model.addAttribute("overdue", overdue);
        model.addAttribute("canReport", PageAccess.has(REPORT));
        return "enforcement/tip-offs";
    }

    /** A tip-off of the list: its enterprise's name, the responsible unit's name, the next deadline, overdue or not. */
    record Row(TipOff tipOff, String enterprise, String unit, LocalDate dueOn, boolean overdue) {
    }

    private Row row(TipOff tipOff, TipOffDeadlines deadlines, LocalDate today) {
        return new Row(tipOff, enterpriseName(tipOff), tipOff.assignedUnit().map(this::unitName).orElse(null),
                tipOff.nextStepDueOn(deadlines, clock.getZone()).orElse(null),
                tipOff.isOverdue(deadlines, today, clock.getZone()));
    }

    // ------------------------------------------------------------------------------------------------------ intake

    @GetMapping("/new")
    String newTipOff(@ModelAttribute("intake") TipOffForm form, Model model) {
        PageAccess.require(REPORT);
        return intakePage(form, model);
    }

    @PostMapping("/new")
    String receive(@Validated @ModelAttribute("intake") TipOffForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        PageAccess.require(REPORT);
        pickEnterprise(form);
        Optional<Enterprise> enterprise = enterpriseOf(form.getCreditCode());
        boolean named = form.getEnterpriseName() != null && !form.getEnterpriseName().isBlank();
        if (form.getCreditCode() != null && !form.getCreditCode().isBlank() && enterprise.isEmpty()) {
            result.rejectValue("creditCode", "tip.enterprise.unknown");
        } else if (enterprise.isEmpty() && !named) {
            result.rejectValue("creditCode", "tip.enterprise.none");
        }
        if (enterprise.isEmpty() && named && (form.getJurisdiction() == null || form.getJurisdiction().isBlank())) {
            result.rejectValue("jurisdiction", "tip.jurisdiction.required");
        }
        if (!form.isAnonymous() && (form.getReporterName() == null || form.getReporterName().isBlank())) {
            result.rejectValue("reporterName", "tip.reporter.required");
        }
        if (result.hasErrors()) {
            return intakePage(form, model);
        }
        TipOff received;
        try {
            received = tipOffs.receive.execute(new ReceiveTipOff.Command(
                    RequestValues.enumValue(TipOffChannel.class, form.getChannel(), "channel"), form.getMatter(),
                    enterprise.map(e -> e.id().value()).orElse(null),
                    enterprise.isPresent() ? null : form.getEnterpriseName(),
                    enterprise.isPresent() ? null : RequestValues.jurisdiction(form.getJurisdiction(), "jurisdiction"),
                    form.isAnonymous() ? null : form.getReporterName(),
                    form.isAnonymous() ? null : form.getReporterContact(), form.isInsider()));
        } catch (AccessRefusedException refused) {
            result.rejectValue(enterprise.isPresent() ? "creditCode" : "jurisdiction", "tip.outside-scope");
            return intakePage(form, model);
        } catch (DomainException refused) {
            FormErrors.reject(refused, result, Map.of("reporter.name", "reporterName",
                    "reporter.contact", "reporterContact", "enterpriseId", "creditCode"));
            return intakePage(form, model);
        }
        redirect.addFlashAttribute("success", "tip.intake.done");
        return "redirect:/enforcement/tip-offs/" + received.id();
    }

    private String intakePage(TipOffForm form, Model model) {
        form.setReporterName(form.isAnonymous() ? null : form.getReporterName());
        model.addAttribute("intake", form);
        model.addAttribute("channels", Arrays.asList(TipOffChannel.values()));
        model.addAttribute("jurisdictions", jurisdictions.findAll());
        model.addAttribute("enterprise", enterpriseOf(form.getCreditCode()).orElse(null));
        return "enforcement/tip-off-new";
    }

    /** The enterprise typed into the picker when none was picked: taken when exactly one in scope matches. */
    private void pickEnterprise(TipOffForm form) {
        if ((form.getCreditCode() == null || form.getCreditCode().isBlank()) && form.getEnterpriseQuery() != null
                && !form.getEnterpriseQuery().isBlank()) {
            List<Enterprise> matching = enterprises.findByNameOrCreditCode(form.getEnterpriseQuery().strip(),
                    caller.scope(), 2);
            if (matching.size() == 1) {
                form.setCreditCode(matching.get(0).creditCode().value());
            }
        }
    }

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

    // ------------------------------------------------------------------------------------------------------ detail

    @GetMapping("/{id}")
    String tipOff(@PathVariable UUID id, Model model) {
        PageAccess.require(READ);
        return detail(id, model);
    }

    /** 查看举报人身份: the tip-off officer's explicit request; the read is an audit entry. */
    @PostMapping("/{id}/reporter")
    String reporter(@PathVariable UUID id, Model model) {
        PageAccess.require(IDENTITY);
        ReporterIdentity reporter = tipOffs.read.reporter(new TipOffId(id));
        model.addAttribute("reporter", reporter);
        return detail(id, model);
    }

    @PostMapping("/{id}/{step}")
    String step(@PathVariable UUID id, @PathVariable String step, @Validated @ModelAttribute TipOffStepForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!STEPS.contains(step)) {
            throw new NotFoundException("TipOffStep", step);
        }
        PageAccess.require(HANDLE);
        validate(step, form, result);
        if (!result.hasErrors()) {
            try {
                Optional<RaiseTipOffHazard.Raised> refusedHazard = apply(id, step, form);
                if (refusedHazard.isPresent()) {
                    redirect.addFlashAttribute("failure", refusedHazard.get().answer().refusalCode());
                    redirect.addFlashAttribute("failureArguments",
                            refusedHazard.get().answer().arguments().toArray());
                } else {
                    redirect.addFlashAttribute("success", "tip.step.done." + step);
                }
                return "redirect:/enforcement/tip-offs/" + id;
            } catch (DomainException refused) {
                if ("enforcement.reward.four-eyes".equals(refused.code())) {
                    result.reject("tip.reward.four-eyes");
                } else {
                    FormErrors.reject(refused, result, Map.of("clause.standardCode", "standardCode",
                            "clause.clauseNumber", "clauseNumber", "tipOffId", "firstId", "first", "firstId"));
                }
            }
        }
        model.addAttribute(step + "Form", form);
        model.addAttribute("org.springframework.validation.BindingResult." + step + "Form", result);
        model.addAttribute("openStep", step);
        return detail(id, model);
    }

    private Optional<RaiseTipOffHazard.Raised> apply(UUID id, String step, TipOffStepForm f) {
        TipOffTarget target = new TipOffTarget(new TipOffId(id), f.getVersion());
        switch (step) {
            case "acceptance" -> tipOffs.accept.execute(target);
            case "assignment" -> tipOffs.assign.execute(target, f.getUnit());
            case "verification" -> tipOffs.verify.execute(target,
                    RequestValues.enumValue(VerificationResult.class, f.getResult(), "result"), f.getNote());
            case "hazard" -> {
                ClauseReference clause = blank(f.getStandardCode()) || blank(f.getClauseNumber()) ? null
                        : new ClauseReference(f.getStandardCode().strip(), f.getClauseNumber().strip());
                RaiseTipOffHazard.Raised raised = tipOffs.raiseHazard.execute(target, f.getLocation(),
                        f.getDescription(), clause);
                return raised.answer().isAccepted() ? Optional.empty() : Optional.of(raised);
            }
            case "outcome" -> tipOffs.linkOutcome.execute(target,
                    f.getHazardId() == null ? null : new HazardId(f.getHazardId()),
                    f.getCaseId() == null ? null : new PenaltyCaseId(f.getCaseId()));
            case "duplicate" -> tipOffs.markDuplicate.execute(target, new TipOffId(f.getFirstId()));
            case "reward" -> {
                if ("CONCEALED_DEATHS".equals(f.getBasis())) {
                    tipOffs.decideReward.forConcealedDeaths(target,
                            RequestValues.enumValue(AccidentClass.class, f.getAccidentClass(), "accidentClass"),
                            f.getDeaths());
                } else {
                    tipOffs.decideReward.fromFine(target);
                }
            }
            case "approval" -> tipOffs.approveReward.execute(target);
            case "payment" -> tipOffs.recordPayment.execute(target, f.getPaidOn(), f.getReference(),
                    Money.ofFen(f.getAmount().movePointRight(2).longValueExact()));
            case "closure" -> tipOffs.close.execute(target);
            case "typicalCase" -> publish.fromTipOff(new TipOffId(id), f.getTitle(), f.getAccount());
            default -> throw new IllegalArgumentException(step);
        }
        return Optional.empty();
    }

    /** The fields each step needs; the domain checks the rest. */
    private static void validate(String step, TipOffStepForm form, BindingResult result) {
        if (form.getVersion() == null) {
            result.reject("tip.form.version-missing");
        }
        List<String> required = switch (step) {
            case "assignment" -> List.of("unit");
            case "verification" -> List.of("result", "note");
            case "hazard" -> List.of("location", "description");
            case "duplicate" -> List.of("firstId");
            case "reward" -> "CONCEALED_DEATHS".equals(form.getBasis()) ? List.of("basis", "accidentClass", "deaths")
                    : List.of("basis");
            case "payment" -> List.of("paidOn", "reference", "amount");
            case "typicalCase" -> List.of("title", "account");
            default -> List.of();
        };
        BeanWrapperImpl values = new BeanWrapperImpl(form);
        for (String field : required) {
            Object value = values.getPropertyValue(field);
            if (!result.hasFieldErrors(field) && (value == null || value instanceof String s && s.isBlank())) {
                result.rejectValue(field, "NotBlank");
            }
        }
        if ("outcome".equals(step) && form.getHazardId() == null && form.getCaseId() == null) {
            result.rejectValue("caseId", "tip.outcome.required");
        }
        if ("reward".equals(step) && form.getDeaths() != null && form.getDeaths() < 1) {
            result.rejectValue("deaths", "tip.reward.deaths-invalid");
        }
        BigDecimal amount = form.getAmount();
        if ("payment".equals(step) && amount != null && !result.hasFieldErrors("amount")
                && (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2)) {
            result.rejectValue("amount", "tip.payment.amount-cents");
        }
    }

    private String detail(UUID id, Model model) {
        TipOff tipOff = tipOffs.read.find(new TipOffId(id));
        LocalDate today = LocalDate.now(clock);
        TipOffDeadlines deadlines = tipOffs.read.deadlines();
        model.addAttribute("t", tipOff);
        model.addAttribute("row", row(tipOff, deadlines, today));
        model.addAttribute("jurisdictionName", jurisdictionName(tipOff.jurisdiction()));
        model.addAttribute("history", tipOff.history());
        boolean handle = PageAccess.has(HANDLE);
        Set<String> allowed = handle ? allowedSteps(tipOff) : Set.of();
        model.addAttribute("steps", STEPS.stream().filter(allowed::contains).toList());
        model.addAttribute("canReveal", PageAccess.has(IDENTITY) && !tipOff.anonymous()
                && !model.containsAttribute("reporter"));
        for (String step : STEPS) {
            if (!model.containsAttribute(step + "Form")) {
                TipOffStepForm blank = new TipOffStepForm();
                blank.setVersion(tipOff.version());
                blank.setPaidOn(today);
                blank.setBasis("FINE");
                blank.setDescription(tipOff.verificationNote().orElse(null));
                blank.setTitle(tipOff.matter().length() > 60 ? tipOff.matter().substring(0, 60) : tipOff.matter());
                blank.setAccount(tipOff.matter() + tipOff.verificationNote().map(n -> "\n" + n).orElse(""));
                tipOff.reward().ifPresent(r -> blank.setAmount(BigDecimal.valueOf(r.amount().fen(), 2)));
                model.addAttribute(step + "Form", blank);
            }
        }
        tipOff.penaltyCase().ifPresent(caseId -> model.addAttribute("linkedCase", caseOf(caseId)));
        tipOff.duplicateOf().ifPresent(first -> model.addAttribute("firstTipOff", tipOffOf(first)));
        if (allowed.contains("assignment")) {
            model.addAttribute("units", units.findAll());
        }
        if (allowed.contains("outcome")) {
            model.addAttribute("caseChoices", tipOff.enterpriseId().map(e -> cases.list().stream()
                    .filter(c -> c.enterpriseId().equals(e)).toList()).orElse(List.of()));
        }
        if (allowed.contains("duplicate")) {
            model.addAttribute("firstChoices", tipOffs.read.list().stream()
                    .filter(o -> !o.id().equals(tipOff.id()) && o.duplicateOf().isEmpty()
                            && o.receivedAt().isBefore(tipOff.receivedAt()))
                    .toList());
        }
        if (allowed.contains("reward")) {
            model.addAttribute("accidentClasses", Arrays.asList(AccidentClass.values()));
            try {
                RewardCalculation fromFine = tipOffs.decideReward.computeFromFine(tipOff.id());
                model.addAttribute("rewardFromFine", fromFine);
            } catch (DomainException cannot) {
                model.addAttribute("rewardFromFineRefusal", cannot.code());
                model.addAttribute("rewardFromFineArguments", cannot.arguments().toArray());
            }
        }
        return "enforcement/tip-off";
    }

    /** The steps the tip-off's status allows (the user holds {@code tipoffs:handle}). */
    static Set<String> allowedSteps(TipOff t) {
        Set<String> allowed = new java.util.LinkedHashSet<>();
        TipOffStatus status = t.status();
        boolean valid = t.verification().map(VerificationResult::valid).orElse(false);
        switch (status) {
            case RECEIVED -> allowed.add("acceptance");
            case ACCEPTED -> allowed.add("assignment");
            case ASSIGNED -> allowed.add("verification");
            case VERIFIED -> {
                if (valid) {
                    allowed.add("hazard");
                    allowed.add("outcome");
                } else {
                    allowed.add("closure");
                }
            }
            case OUTCOME_LINKED -> {
                if (t.hazard().isEmpty()) {
                    allowed.add("hazard");
                }
                if (t.penaltyCase().isEmpty()) {
                    allowed.add("outcome");
                }
                allowed.add("reward");
                allowed.add("closure");
            }
            case REWARD_DECIDED -> allowed.add("approval");
            case REWARD_APPROVED -> allowed.add("payment");
            case PAID -> allowed.add("closure");
            case CLOSED -> allowed.add("typicalCase");
            default -> {
            }
        }
        if (allowed.contains("hazard") && t.enterpriseId().isEmpty()) {
            allowed.remove("hazard");
        }
        if (t.duplicateOf().isEmpty() && status.compareTo(TipOffStatus.REWARD_DECIDED) < 0) {
            allowed.add("duplicate");
        }
        return allowed;
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private PenaltyCase caseOf(PenaltyCaseId id) {
        try {
            return cases.find(id);
        } catch (NotFoundException outside) {
            return null;
        }
    }

    private TipOff tipOffOf(TipOffId id) {
        try {
            return tipOffs.read.find(id);
        } catch (NotFoundException outside) {
            return null;
        }
    }

    private String enterpriseName(TipOff tipOff) {
        return tipOff.enterpriseId()
                .flatMap(id -> enterprises.findById(new EnterpriseId(id)).map(Enterprise::name))
                .or(tipOff::enterpriseName)
                .orElse(null);
    }

    private String unitName(String code) {
        try {
            return units.findByCode(UnitCode.of(code))
                    .map(u -> UiFormats.english() ? u.nameEn() : u.name()).orElse(code);
        } catch (DomainException notACode) {
            return code;
        }
    }

    private String jurisdictionName(JurisdictionCode code) {
        return jurisdictions.findByCode(code).map(j -> UiFormats.english() ? j.nameEn() : j.name())
                .orElse(code.value());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

}
