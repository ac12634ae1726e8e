package org.zhiben.enforcement.web.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.zhiben.enforcement.ChecklistMark;
import org.zhiben.enforcement.EnforcementRules;
import org.zhiben.enforcement.EvidenceUpload;
import org.zhiben.enforcement.Inspection;
import org.zhiben.enforcement.InspectionId;
import org.zhiben.enforcement.InspectionMethod;
import org.zhiben.enforcement.ResponsibilityTracing;
import org.zhiben.enforcement.application.AddInspectionEvidence;
import org.zhiben.enforcement.application.CloseInspection;
import org.zhiben.enforcement.application.FindInspectionChecklist;
import org.zhiben.enforcement.application.InspectionTarget;
import org.zhiben.enforcement.application.MarkChecklistItem;
import org.zhiben.enforcement.application.RaiseFindingAsHazard;
import org.zhiben.enforcement.application.ReadInspections;
import org.zhiben.enforcement.application.RecordInspection;
import org.zhiben.enforcement.application.RecordPrincipalExam;
import org.zhiben.enforcement.application.SignInspection;
import org.zhiben.enforcement.web.admin.InspectionForms.RecordForm;
import org.zhiben.enforcement.web.admin.InspectionForms.StepForm;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.HazardIntake;
import org.zhiben.identity.CurrentActors;
import org.zhiben.identity.DisplayNames;
import org.zhiben.identity.UnitAccounts;
import org.zhiben.organization.MemberUnits;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.platform.web.ui.FormErrors;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.platform.web.ui.UiFormats;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.UnitCode;

/**
 * The pages of inspections (执法检查): the list with filters, recording an inspection (enterprise, date, method, at
 * least two inspectors of the unit), and an inspection with its checklist from the standard in force for the
 * enterprise's sector, its findings registered as major hazards through the hazards module's declared interface, the
 * inspectors' own signatures, closing, the principal's exam and the photos and documents of the whole process; and the
 * review list of responsibility tracing (责任倒查). Every read and change goes through the enforcement use cases, as the
 * API does: only inspections in the user's data scope exist for him, and every change is checked against the version
 * the page was shown with and audited.
 */
@PageController
@RequestMapping("/enforcement/inspections")
class InspectionPages {

    static final String READ = "SCOPE_enforcement:read";
    static final String INSPECT = "SCOPE_enforcement:inspect";

    private final RecordInspection record;
    private final MarkChecklistItem mark;
    private final SignInspection sign;
    private final CloseInspection close;
    private final RecordPrincipalExam exam;
    private final AddInspectionEvidence addEvidence;
    private final RaiseFindingAsHazard raise;
    private final ReadInspections read;
    private final FindInspectionChecklist checklists;
    private final HazardIntake hazards;
    private final Enterprises enterprises;
    private final UnitAccounts unitAccounts;
    private final DisplayNames displayNames;
    private final MemberUnits units;
    private final EnforcementRules rules;
    private final CurrentActors caller;
    private final MessageSource messages;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    InspectionPages(RecordInspection record, MarkChecklistItem mark, SignInspection sign, CloseInspection close,
            RecordPrincipalExam exam, AddInspectionEvidence addEvidence, RaiseFindingAsHazard raise,
            ReadInspections read, FindInspectionChecklist checklists, HazardIntake hazards, Enterprises enterprises,
            UnitAccounts unitAccounts, DisplayNames displayNames, MemberUnits units, EnforcementRules rules,
            CurrentActors caller, MessageSource messages, Clock clock) {
        this.record = record;
        this.mark = mark;
        this.sign = sign;
        this.close = close;
        this.exam = exam;
        this.addEvidence = addEvidence;
        this.raise = raise;
        this.read = read;
        this.checklists = checklists;
        this.hazards = hazards;
        this.enterprises = enterprises;
        this.unitAccounts = unitAccounts;
        this.displayNames = displayNames;
        this.units = units;
        this.rules = rules;
        this.caller = caller;
        this.messages = messages;
        this.clock = clock;
    }

    // -------------------------------------------------------------------------------------------------------- list

    @GetMapping
    String list(@RequestParam Optional<String> enterprise, @RequestParam Optional<String> method,
            @RequestParam Optional<String> status, @RequestParam Optional<LocalDate> from,
            @RequestParam Optional<LocalDate> to, Model model) {
        PageAccess.require(READ);
        Filter filter = new Filter(text(enterprise), text(method), text(status), from.orElse(null), to.orElse(null));
        List<ReadInspections.Row> all = read.rows(ReadInspections.Criteria.ALL);
        Map<String, String> enterpriseNames = new LinkedHashMap<>();
        all.stream().sorted(java.util.Comparator.comparing(ReadInspections.Row::enterpriseName))
                .forEach(r -> enterpriseNames.putIfAbsent(r.inspection().enterpriseId().toString(),
                        r.enterpriseName()));
        List<ReadInspections.Row> rows = read.rows(new ReadInspections.Criteria(
                uuidOrNull(filter.enterprise()),
                RequestValues.enumValue(InspectionMethod.class, blankToNull(filter.method()), "method"),
                RequestValues.enumValue(ReadInspections.Status.class, blankToNull(filter.status()), "status"),
                filter.from(), filter.to()));
        model.addAttribute("rows", rows);
        model.addAttribute("filter", filter);
        model.addAttribute("enterpriseNames", enterpriseNames);
        model.addAttribute("methods", Arrays.asList(InspectionMethod.values()));
        model.addAttribute("statuses", Arrays.asList(ReadInspections.Status.values()));
        model.addAttribute("canRecord", PageAccess.has(INSPECT));
        return "enforcement/inspections";
    }

    // ------------------------------------------------------------------------------------------------------ record

    @GetMapping("/new")
    String newInspection(@ModelAttribute("inspection") RecordForm form, Model model) {
        PageAccess.require(INSPECT);
        if (form.getInspectedOn() == null) {
            form.setInspectedOn(LocalDate.now(clock));
        }
        if (form.getMethod() == null) {
            form.setMethod(InspectionMethod.ROUTINE.name());
        }
        if (form.getInspectors().isEmpty()) {
            form.setInspectors(List.of(caller.actor().username()));
        }
        pickEnterprise(form);
        return recordPage(form, model);
    }

    @PostMapping("/new")
    String recordInspection(@Validated @ModelAttribute("inspection") RecordForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        PageAccess.require(INSPECT);
        pickEnterprise(form);
        Optional<Enterprise> enterprise = enterpriseOf(form.getCreditCode());
        if (form.getCreditCode() == null || form.getCreditCode().isBlank()) {
            result.rejectValue("creditCode", "picker.enterprise.none-picked");
        } else if (enterprise.isEmpty()) {
            result.rejectValue("creditCode", "hazard.enterprise.unknown", new Object[] {form.getCreditCode()},
                    "unknown enterprise");
        }
        Set<String> chosen = new HashSet<>(form.getInspectors());
        Set<String> ofUnit = new HashSet<>(inspectorsOfUnit().stream().map(UnitAccounts.Account::username).toList());
        if (chosen.size() < 2) {
            result.rejectValue("inspectors", "enf.inspection.inspectors.too-few");
        } else if (!ofUnit.containsAll(chosen)) {
            result.rejectValue("inspectors", "enf.inspection.inspectors.unknown");
        }
        Optional<FindInspectionChecklist.Checklist> checklist = Optional.empty();
        if (enterprise.isPresent() && form.getInspectedOn() != null) {
            checklist = checklists.forSector(enterprise.get().industry(), form.getInspectedOn());
            if (checklist.isEmpty()) {
                result.rejectValue("creditCode", "enf.inspection.no-standard");
            }
        }
        if (result.hasErrors()) {
            return recordPage(form, model);
        }
        Inspection recorded;
        try {
            recorded = record.execute(new RecordInspection.Command(enterprise.orElseThrow().id().value(),
                    form.getInspectedOn(), RequestValues.enumValue(InspectionMethod.class, form.getMethod(), "method"),
                    List.copyOf(new java.util.LinkedHashSet<>(form.getInspectors())),
                    checklist.orElseThrow().items()));
        } catch (AccessRefusedException refused) {
            throw refused;
        } catch (DomainException refused) {
            FormErrors.reject(refused, result);
            return recordPage(form, model);
        }
        redirect.addFlashAttribute("success", "enf.inspection.record.done");
        return "redirect:/enforcement/inspections/" + recorded.id();
    }

    private String recordPage(RecordForm form, Model model) {
        model.addAttribute("inspection", form);
        model.addAttribute("methods", Arrays.asList(InspectionMethod.values()));
        model.addAttribute("accounts", inspectorsOfUnit());
        model.addAttribute("enterprise", enterpriseOf(form.getCreditCode()).orElse(null));
        return "enforcement/inspection-new";
    }

    private List<UnitAccounts.Account> inspectorsOfUnit() {
        String unit = caller.actor().unitCode();
        return unit == null ? List.of() : unitAccounts.holding(UnitCode.of(unit),
                org.zhiben.enforcement.EnforcementPermissions.INSPECT);
    }

    /** The enterprise typed into the picker without picking it from the list: taken when exactly one matches. */
    private void pickEnterprise(RecordForm form) {
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
        UnifiedSocialCreditCode code;
        try {
            code = UnifiedSocialCreditCode.of(creditCode.strip().toUpperCase());
        } catch (DomainException malformed) {
            return Optional.empty();
        }
        return enterprises.findByCreditCode(code)
                .filter(e -> caller.scope().permits(e.jurisdiction(), e.industry(), e.id().value()));
    }

    // ------------------------------------------------------------------------------------------------ review list

    @GetMapping("/review-list")
    String reviewList(Model model) {
        PageAccess.require(READ);
        model.addAttribute("rows", read.reviewRows());
        model.addAttribute("windowMonths", ResponsibilityTracing.inForceOn(rules.tracingWindows(),
                LocalDate.now(clock)).windowMonths());
        return "enforcement/review-list";
    }

    // ------------------------------------------------------------------------------------------------------ detail

    @GetMapping("/{id}")
    String inspection(@PathVariable UUID id, Model model) {
        PageAccess.require(READ);
        return detail(id, model);
    }

    @PostMapping("/{id}/items/{code}")
    String markItem(@PathVariable UUID id, @PathVariable String code, @ModelAttribute StepForm form,
            RedirectAttributes redirect) {
        PageAccess.require(INSPECT);
        return step(id, form, redirect, "enf.checklist.marked", target -> {
            ChecklistMark chosen = RequestValues.enumValue(ChecklistMark.class, blankToNull(form.getMark()), "mark");
            if (chosen == null || chosen == ChecklistMark.UNMARKED) {
                throw new org.zhiben.shared.InvalidValueException("mark", "enf.form.required", "choose a result");
            }
            mark.execute(target, code, chosen, chosen == ChecklistMark.FINDING ? clause(form.getClause()) : null,
                    form.getNote());
        });
    }

    @PostMapping("/{id}/items/{code}/hazard")
    String registerHazard(@PathVariable UUID id, @PathVariable String code, @ModelAttribute StepForm form,
            RedirectAttributes redirect) {
        PageAccess.require(INSPECT);
        if (form.getLocation() == null || form.getLocation().isBlank()) {
            redirect.addFlashAttribute("failure", "enf.finding.location-required");
            redirect.addFlashAttribute("failureArguments", new Object[0]);
            return "redirect:/enforcement/inspections/" + id + "#item-" + code;
        }
        return step(id, form, redirect, null, target -> {
            RaiseFindingAsHazard.Result result = raise.execute(target, code, form.getLocation().strip());
            HazardIntake.Answer answer = result.answer();
            if (answer.isAccepted()) {
                redirect.addFlashAttribute("raisedHazard", answer.hazardId().value());
                redirect.addFlashAttribute("raisedNumber", hazards.find(answer.hazardId())
                        .map(h -> h.number().toString()).orElse(""));
            } else {
                redirect.addFlashAttribute("raiseRefusal", messages.getMessage(answer.refusalCode(),
                        answer.arguments().toArray(), answer.refusalMessage(), LocaleContextHolder.getLocale()));
            }
        });
    }

    @PostMapping("/{id}/signature")
    String signInspection(@PathVariable UUID id, @ModelAttribute StepForm form, RedirectAttributes redirect) {
        PageAccess.require(INSPECT);
        return step(id, form, redirect, "enf.signatures.done", sign::execute);
    }

    @PostMapping("/{id}/closure")
    String closeInspection(@PathVariable UUID id, @ModelAttribute StepForm form, RedirectAttributes redirect) {
        PageAccess.require(INSPECT);
        return step(id, form, redirect, "enf.closure.done", close::execute);
    }

    @PostMapping("/{id}/exam")
    String recordExam(@PathVariable UUID id, @Validated @ModelAttribute("examForm") StepForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        PageAccess.require(INSPECT);
        if (form.getScore() == null && !result.hasFieldErrors("score")) {
            result.rejectValue("score", "NotNull");
        }
        if (form.getPassMark() == null && !result.hasFieldErrors("passMark")) {
            result.rejectValue("passMark", "NotNull");
        }
        return formStep(id, form, result, model, redirect, "enf.exam.done",
                target -> exam.execute(target, form.getScore(), form.getPassMark()));
    }

    @PostMapping("/{id}/evidence")
    String uploadEvidence(@PathVariable UUID id, @ModelAttribute("evidenceForm") StepForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        PageAccess.require(INSPECT);
        if (form.getFile() == null || form.getFile().isEmpty()) {
            result.rejectValue("file", "enf.evidence.required");
        }
        return formStep(id, form, result, model, redirect, "enf.evidence.done",
                target -> addEvidence.execute(target, upload(form)));
    }

    @GetMapping("/{id}/evidence/{fileId}")
    ResponseEntity<Resource> download(@PathVariable UUID id, @PathVariable UUID fileId) {
        PageAccess.require(READ);
        ReadInspections.StoredEvidence stored = read.evidence(new InspectionId(id), fileId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.ref().contentType()))
                .contentLength(stored.ref().size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(stored.ref().fileName(), StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(stored.content()));
    }

    /** A step whose refusal is shown as a message above the page. */
    private String step(UUID id, StepForm form, RedirectAttributes redirect, String done, Step step) {
        if (form.getVersion() == null) {
            redirect.addFlashAttribute("failure", "enf.form.version-missing");
            redirect.addFlashAttribute("failureArguments", new Object[0]);
            return "redirect:/enforcement/inspections/" + id;
        }
        try {
            step.apply(new InspectionTarget(new InspectionId(id), form.getVersion()));
            if (done != null) {
                redirect.addFlashAttribute("success", done);
            }
        } catch (AccessRefusedException | NotFoundException refused) {
            throw refused;
        } catch (DomainException refused) {
            redirect.addFlashAttribute("failure", refused.code());
            redirect.addFlashAttribute("failureArguments", refused.arguments().toArray());
        }
        return "redirect:/enforcement/inspections/" + id;
    }

    /** A step whose bad input is shown next to the field of its form. */
    private String formStep(UUID id, StepForm form, BindingResult result, Model model, RedirectAttributes redirect,
            String done, Step step) {
        if (form.getVersion() == null) {
            result.reject("enf.form.version-missing");
        }
        if (!result.hasErrors()) {
            try {
                step.apply(new InspectionTarget(new InspectionId(id), form.getVersion()));
                redirect.addFlashAttribute("success", done);
                return "redirect:/enforcement/inspections/" + id;
            } catch (AccessRefusedException | NotFoundException refused) {
                throw refused;
            } catch (DomainException refused) {
                FormErrors.reject(refused, result);
            }
        }
        model.addAttribute("openForm", result.getObjectName());
        return detail(id, model);
    }

    @FunctionalInterface
    private interface Step {
        void apply(InspectionTarget target);
    }

    private String detail(UUID id, Model model) {
        Inspection inspection = read.find(new InspectionId(id));
        String me = caller.actor().username();
        boolean inspect = PageAccess.has(INSPECT) && inspection.inspectors().contains(me);
        boolean open = !inspection.closed();
        model.addAttribute("i", inspection);
        model.addAttribute("enterprise", read.enterpriseOf(inspection));
        model.addAttribute("unitName", units.findByCode(UnitCode.of(inspection.inspectingUnit()))
                .map(u -> UiFormats.english() && u.nameEn() != null ? u.nameEn() : u.name())
                .orElse(inspection.inspectingUnit()));
        Map<String, String> names = new LinkedHashMap<>();
        inspection.inspectors().forEach(u -> names.put(u, displayNames.of(u).orElse(u)));
        model.addAttribute("names", names);
        Map<String, String> hazardNumbers = new LinkedHashMap<>();
        inspection.checklist().stream().filter(item -> item.hazard() != null).forEach(item -> hazardNumbers.put(
                item.code(), hazards.find(item.hazard()).map(h -> h.number().toString()).orElse("")));
        model.addAttribute("hazardNumbers", hazardNumbers);
        checklists.forSector(inspection.industry(), inspection.inspectedOn()).ifPresent(found -> {
            model.addAttribute("standard", found.standard());
            model.addAttribute("clauses", found.clauses());
        });
        boolean signed = inspection.signatures().stream().anyMatch(s -> s.inspector().equals(me));
        model.addAttribute("canMark", inspect && open && inspection.signatures().isEmpty());
        model.addAttribute("canRaise", inspect && open);
        model.addAttribute("canSign", inspect && open && !signed);
        model.addAttribute("canClose", inspect && open);
        model.addAttribute("canExam", inspect && open && inspection.exam().isEmpty());
        model.addAttribute("canUpload", inspect && open);
        model.addAttribute("marks", List.of(ChecklistMark.FINE, ChecklistMark.NOT_APPLICABLE, ChecklistMark.FINDING));
        for (String form : List.of("examForm", "evidenceForm")) {
            if (!model.containsAttribute(form)) {
                StepForm blank = new StepForm();
                blank.setVersion(inspection.version());
                model.addAttribute(form, blank);
            }
        }
        return "enforcement/inspection";
    }

    // ----------------------------------------------------------------------------------------------------- helpers

    private static EvidenceUpload upload(StepForm form) {
        try {
            return new EvidenceUpload(form.getFile().getOriginalFilename(), form.getFile().getContentType(),
                    form.getFile().getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        }
    }

    private static ClauseReference clause(String value) {
        if (value == null || value.isBlank() || !value.contains("|")) {
            return null;
        }
        int bar = value.indexOf('|');
        return new ClauseReference(value.substring(0, bar).strip(), value.substring(bar + 1).strip());
    }

    private static String text(Optional<String> value) {
        return value.map(String::strip).orElse("");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The filter as the form shows it again. */
    record Filter(String enterprise, String method, String status, LocalDate from, LocalDate to) {
    }

    private static UUID uuidOrNull(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException malformed) {
            throw new org.zhiben.shared.InvalidValueException("enterprise", "enf.filter.enterprise-invalid",
                    "not an enterprise id", value);
        }
    }
}
