package org.zhiben.hazards.web.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.zhiben.platform.export.ExportCell;
import org.zhiben.platform.export.ExportTable;
import org.zhiben.platform.export.PagedRows;
import org.zhiben.platform.export.TableExports;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardLevel;
import org.zhiben.hazards.HazardSearchCriteria;
import org.zhiben.hazards.HazardSort;
import org.zhiben.hazards.HazardStatus;
import org.zhiben.hazards.ListingLevel;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.RectificationPlan;
import org.zhiben.hazards.application.CancelHazardCommand;
import org.zhiben.hazards.application.DecideDeadlineExtensionCommand;
import org.zhiben.hazards.application.JudgeHazardCommand;
import org.zhiben.hazards.application.ListHazardCommand;
import org.zhiben.hazards.application.ReadHazards;
import org.zhiben.hazards.application.FindApplicableClauses;
import org.zhiben.platform.web.ui.UiFormats;
import org.zhiben.shared.IndustryCode;
import org.zhiben.hazards.application.ReadStandards;
import org.zhiben.hazards.application.RefuseAcceptanceCommand;
import org.zhiben.hazards.application.RemoveListingCommand;
import org.zhiben.hazards.application.ReportHazard;
import org.zhiben.hazards.application.ReportHazardCommand;
import org.zhiben.hazards.application.RequestDeadlineExtensionCommand;
import org.zhiben.hazards.application.SetRectificationPlanCommand;
import org.zhiben.hazards.application.SubmitEvidenceCommand;
import org.zhiben.hazards.application.VerifyRectificationCommand;
import org.zhiben.hazards.application.WriteOffHazardCommand;
import org.zhiben.hazards.storage.HazardFiles;
import org.zhiben.hazards.web.HazardUseCases;
import org.zhiben.identity.CurrentActors;
import org.zhiben.organization.Industries;
import org.zhiben.organization.Jurisdictions;
import org.zhiben.organization.MemberUnits;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.platform.web.ui.FormErrors;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.Actor;
import org.zhiben.shared.DomainException;

/**
 * The pages of the major-hazard database (重大事故隐患数据库): the register with filters, reporting a hazard, a hazard
 * with its five-item plan, evidence, listings, escalations and timeline, and one form for each move of its closed loop
 * that the status allows and the user's permissions grant. Every read and change goes through the same use cases as
 * the API ({@link ReadHazards}, {@link HazardUseCases}): only hazards inside the user's data scope are shown (others:
 * 404), and every change is checked against the version the form was shown with and audited.
 */
@PageController
@RequestMapping("/hazards")
class HazardPages {

    static final String READ = "SCOPE_hazards:read";
    static final String REPORT = "SCOPE_hazards:report";
    static final String SUPERVISE = "SCOPE_hazards:supervise";

    /** The moves with their forms, in the order the page shows them. */
    static final List<String> MOVES = List.of("determination", "plan", "rectification", "verification", "refusal",
            "writeOff", "extension", "extensionDecision", "listing", "listingRemoval", "cancellation");

    private static final int PAGE_SIZE = 20;

    private final HazardUseCases useCases;
    private final ReadHazards read;
    private final ReadStandards standards;
    private final FindApplicableClauses applicable;
    private final Jurisdictions jurisdictions;
    private final Industries industries;
    private final MemberUnits units;
    private final CurrentActors caller;
    private final Clock clock;
    private final TableExports exports;
    private final MessageSource messages;
    private final UiFormats formats;

    HazardPages(HazardUseCases useCases, ReadHazards read, ReadStandards standards, FindApplicableClauses applicable,
            Jurisdictions jurisdictions, Industries industries, MemberUnits units, CurrentActors caller, Clock clock,
            TableExports exports, MessageSource messages, UiFormats formats) {
        this.exports = exports;
        this.messages = messages;
        this.formats = formats;
        this.useCases = useCases;
        this.read = read;
        this.standards = standards;
        this.applicable = applicable;
        this.jurisdictions = jurisdictions;
        this.industries = industries;
        this.units = units;
        this.caller = caller;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------------- register

    @GetMapping
    String register(@RequestParam Optional<String> jurisdiction, @RequestParam Optional<String> industry,
            @RequestParam Optional<String> status, @RequestParam Optional<String> level,
            @RequestParam Optional<String> channel, @RequestParam Optional<String> listed,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam Optional<String> number,
            @RequestParam Optional<String> sort, @RequestParam(defaultValue = "0") int page, Model model) {
        PageAccess.require(READ);
        HazardSort order = HazardSort.parse(text(sort));
        Filter filter = new Filter(text(jurisdiction), text(industry), text(status), text(level), text(channel),
                text(listed), overdue, text(number), order.text());
        LocalDate today = LocalDate.now(clock);
        ReadHazards.HazardRows found = read.rows(criteria(filter, order, today, Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("sort", order);
        model.addAttribute("sortLinks", sortLinks(filter, order));
        model.addAttribute("exportLink", link("/hazards/export.xlsx", filter, order));
        model.addAttribute("found", found.page());
        model.addAttribute("rows", rows(found.rows(), today));
        model.addAttribute("filter", filter);
        referenceData(model);
        model.addAttribute("canReport", PageAccess.has(REPORT));
        return "hazards/register";
    }

    /**
     * The register with the same filter and order as the page, every hazard of it in the user's scope, as an Excel
     * workbook (read 200 at a time while it is written).
     */
    @GetMapping("/export.xlsx")
    void exportRegister(@RequestParam Optional<String> jurisdiction, @RequestParam Optional<String> industry,
            @RequestParam Optional<String> status, @RequestParam Optional<String> level,
            @RequestParam Optional<String> channel, @RequestParam Optional<String> listed,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam Optional<String> number,
            @RequestParam Optional<String> sort, HttpServletResponse response) {
        PageAccess.require(READ);
        HazardSort order = HazardSort.parse(text(sort));
        Filter filter = new Filter(text(jurisdiction), text(industry), text(status), text(level), text(channel),
                text(listed), overdue, text(number), order.text());
        LocalDate today = LocalDate.now(clock);
        criteria(filter, order, today, 0, 1); // a malformed filter is refused (400) before anything is sent
        Map<String, String> jurisdictionNames = jurisdictionNames();
        Map<String, String> industryNames = industryNames();
        Iterable<List<ExportCell>> body = PagedRows.of(
                page -> read.rows(criteria(filter, order, today, page, HazardSearchCriteria.MAX_PAGE_SIZE)).rows(),
                HazardSearchCriteria.MAX_PAGE_SIZE, row -> {
                    MajorHazard h = row.hazard();
                    return List.of(ExportCell.text(h.number().value()), ExportCell.text(row.enterpriseName()),
                            ExportCell.text(h.description()), ExportCell.text(h.location()),
                            ExportCell.text(jurisdictionNames.getOrDefault(h.jurisdiction().value(), "")),
                            ExportCell.text(industryNames.getOrDefault(h.industry().value(), "")),
                            ExportCell.text(message(h.level() == null ? "hz.level.PENDING"
                                    : "hz.level." + h.level().name())),
                            ExportCell.text(message("hz.channel." + h.channel().name())),
                            ExportCell.text(message("hz.status." + h.status().name())),
                            ExportCell.day(h.discoveredOn()), ExportCell.day(h.currentDeadline().orElse(null)),
                            ExportCell.text(message(h.isListed() ? "hzx.yes" : "hzx.no")),
                            ExportCell.count(h.isOverdue(today) ? h.daysOverdue(today) : 0));
                });
        List<String> columns = List.of(message("hz.number"), message("hz.enterprise"), message("hz.description"),
                message("hzx.column.location"), message("hz.jurisdiction"), message("hz.industry"),
                message("hz.level"), message("hzx.column.channel"), message("hz.status"), message("hz.discovered-on"),
                message("hz.deadline"), message("hzx.column.listed"), message("hzx.column.days-overdue"));
        ExportTable table = ExportTable.simple(message("hzx.title"), columns, body)
                .withPeriod(message("hzx.as-of", formats.date(today)))
                .withWidths(List.of(22, 30, 40, 20, 12, 16, 10, 14, 14, 16, 16, 10, 10));
        exports.sendXlsx(response, message("hzx.title") + "-" + today, List.of(table));
    }

    private HazardSearchCriteria criteria(Filter filter, HazardSort order, LocalDate today, int page, int size) {
        return new HazardSearchCriteria(
                RequestValues.jurisdiction(blankToNull(filter.jurisdiction()), "jurisdiction"),
                RequestValues.industry(blankToNull(filter.industry()), "industry"), null,
                RequestValues.enumValue(HazardStatus.class, blankToNull(filter.status()), "status"),
                RequestValues.enumValue(HazardLevel.class, blankToNull(filter.level()), "level"),
                RequestValues.enumValue(DiscoveryChannel.class, blankToNull(filter.channel()), "channel"),
                filter.listed().isEmpty() ? null : Boolean.valueOf(filter.listed()),
                filter.overdue() ? today : null, page, size, caller.scope(), blankToNull(filter.number()), order);
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    // ------------------------------------------------------------------------------------------------------ report

    /**
     * "Find the clauses" sends the report form by GET, where a browser sends the photo field as a bare file name:
     * photos are taken from the POST only.
     */
    @org.springframework.web.bind.annotation.InitBinder("report")
    void reportBinder(org.springframework.web.bind.WebDataBinder binder,
            jakarta.servlet.http.HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            binder.setDisallowedFields("files");
        }
    }

    @GetMapping("/new")
    String newHazard(@ModelAttribute("report") ReportForm form, Model model) {
        PageAccess.require(REPORT);
        if (form.getDiscoveredOn() == null) {
            form.setDiscoveredOn(LocalDate.now(clock));
        }
        if (form.getChannel() == null) {
            form.setChannel(ReportHazard.selfInspectionOnly(caller.scope())
                    ? DiscoveryChannel.SELF_INSPECTION.name() : DiscoveryChannel.SUPERVISORY_INSPECTION.name());
        }
        pickEnterprise(form);
        return reportPage(form, model);
    }

    @PostMapping("/new")
    String report(@Validated @ModelAttribute("report") ReportForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        PageAccess.require(REPORT);
        pickEnterprise(form);
        Optional<Enterprise> enterprise = enterpriseOf(form.getCreditCode());
        if (form.getCreditCode() == null || form.getCreditCode().isBlank()) {
            result.rejectValue("creditCode", "picker.enterprise.none-picked");
        } else if (enterprise.isEmpty()) {
            result.rejectValue("creditCode", "hazard.enterprise.unknown", new Object[] {form.getCreditCode()},
                    "unknown enterprise");
        }
        if (result.hasErrors()) {
            return reportPage(form, model);
        }
        String[] clause = splitClause(form.getClause());
        UUID id;
        try {
            id = useCases.report.execute(new ReportHazardCommand(enterprise.orElseThrow().id().value(),
                    form.getLocation(), form.getDescription(), form.getDiscoveredOn(),
                    RequestValues.enumValue(DiscoveryChannel.class, form.getChannel(), "channel"),
                    form.getSourceReference(), clause(clause[0], clause[1]), false), uploads(form.getFiles()))
                    .id().value();
        } catch (AccessRefusedException refused) {
            throw refused;
        } catch (DomainException refused) {
            FormErrors.reject(refused, result, Map.of("enterpriseId", "creditCode", "clause.standardCode", "clause",
                    "clause.clauseNumber", "clause", "file", "files", "contentType", "files"));
            return reportPage(form, model);
        }
        redirect.addFlashAttribute("success", "hz.report.done");
        return "redirect:/hazards/" + id;
    }

    /**
     * The enterprise typed into the picker when none was picked from its list (as without JavaScript, or by typing a
     * whole credit code): taken when exactly one enterprise in the user's scope matches what was typed.
     */
    private void pickEnterprise(ReportForm form) {
        if ((form.getCreditCode() == null || form.getCreditCode().isBlank()) && form.getEnterpriseQuery() != null) {
            List<Enterprise> matching = read.enterpriseChoices(form.getEnterpriseQuery(), 2);
            if (matching.size() == 1) {
                form.setCreditCode(matching.get(0).creditCode().value());
            }
        }
    }

    private String reportPage(ReportForm form, Model model) {
        boolean enterpriseOnly = ReportHazard.selfInspectionOnly(caller.scope());
        model.addAttribute("enterpriseOnly", enterpriseOnly);
        model.addAttribute("ownEnterprises", read.ownEnterprises());
        model.addAttribute("channels", enterpriseOnly ? List.of(DiscoveryChannel.SELF_INSPECTION)
                : Arrays.asList(DiscoveryChannel.values()));
        Optional<Enterprise> enterprise = enterpriseOf(form.getCreditCode());
        model.addAttribute("enterprise", enterprise.orElse(null));
        enterprise.filter(e -> form.getDiscoveredOn() != null)
                .ifPresent(e -> applicableClauses(e.industry(), form.getDiscoveredOn(), model));
        model.addAttribute("report", form);
        return "hazards/new";
    }

    /**
     * The standard in force for the industry on the day with only the clauses that fit the industry ({@code standard},
     * {@code clauses}); when there is none, the industry's name ({@code noStandard}) so the form says so.
     */
    private void applicableClauses(IndustryCode industry, LocalDate day, Model model) {
        applicable.findIfAny(industry, day).ifPresentOrElse(found -> {
            model.addAttribute("standard", found.standard());
            model.addAttribute("clauses", found.clauses());
        }, () -> model.addAttribute("noStandard", UiFormats.english()
                ? industries.findByCode(industry).map(i -> i.nameEn()).orElse(industry.value())
                : applicable.nameOf(industry)));
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
        return read.enterprise(code);
    }

    // ------------------------------------------------------------------------------------------------------ detail

    @GetMapping("/{id}")
    String hazard(@PathVariable UUID id, Model model) {
        PageAccess.require(READ);
        return detail(id, model);
    }

    @PostMapping("/{id}/{move}")
    String move(@PathVariable UUID id, @PathVariable String move, @ModelAttribute TransitionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!MOVES.contains(move)) {
            throw new org.zhiben.shared.NotFoundException("HazardMove", move);
        }
        PageAccess.require(READ);
        PageAccess.require("rectification".equals(move) ? REPORT : SUPERVISE);
        List<HazardFiles.Upload> uploads = uploads(form.getFiles());
        validate(move, form, uploads, result);
        if (!result.hasErrors()) {
            try {
                apply(id, move, form, uploads);
                redirect.addFlashAttribute("success", "hz.move.done." + move);
                return "redirect:/hazards/" + id;
            } catch (DomainException refused) {
                FormErrors.reject(refused, result, Map.of("plan.deadline", "deadline", "plan.fundsFen", "funds",
                        "listing.deadline", "deadline", "listing.listedOn", "listedOn", "listing.removedOn",
                        "removedOn", "attachmentIds", "files", "clause.standardCode", "clause",
                        "clause.clauseNumber", "clause"));
            }
        }
        model.addAttribute(move + "Form", form);
        model.addAttribute("org.springframework.validation.BindingResult." + move + "Form", result);
        model.addAttribute("openMove", move);
        return detail(id, model);
    }

    private void apply(UUID uuid, String move, TransitionForm f, List<HazardFiles.Upload> uploads) {
        HazardId id = new HazardId(uuid);
        long version = f.getVersion();
        Actor actor = caller.actor();
        String reason = blankToNull(f.getReason());
        switch (move) {
            case "determination" -> {
                String[] clause = splitClause(f.getClause());
                useCases.determine.execute(new JudgeHazardCommand(id, version, clause(clause[0], clause[1]), actor,
                        reason));
            }
            case "plan" -> useCases.setPlan.execute(new SetRectificationPlanCommand(id, version,
                    new RectificationPlan(f.getResponsiblePerson(), f.getMeasures(),
                            f.getFunds().movePointRight(2).longValueExact(), f.getDeadline(), f.getContingencyPlan()),
                    actor, reason));
            case "rectification" -> useCases.submit.execute(new SubmitEvidenceCommand(id, version, f.getEvidence(),
                    List.of(), uploads, actor, reason));
            case "verification" -> useCases.verify.execute(new VerifyRectificationCommand(id, version, actor, reason));
            case "refusal" -> useCases.refuse.execute(new RefuseAcceptanceCommand(id, version, actor, reason));
            case "writeOff" -> useCases.writeOff.execute(new WriteOffHazardCommand(id, version, actor, reason));
            case "cancellation" -> useCases.cancel.execute(new CancelHazardCommand(id, version, actor, reason));
            case "extension" -> useCases.requestExtension.execute(new RequestDeadlineExtensionCommand(id, version,
                    f.getNewDeadline(), actor, reason));
            case "extensionDecision" -> useCases.decideExtension.execute(new DecideDeadlineExtensionCommand(id,
                    version, f.getApproved(), actor, reason));
            case "listing" -> useCases.list.execute(new ListHazardCommand(id, version,
                    RequestValues.enumValue(ListingLevel.class, f.getLevel(), "level"),
                    RequestValues.unit(f.getSupervisingUnit(), "supervisingUnit"),
                    RequestValues.unit(f.getResponsibleUnit(), "responsibleUnit"), f.getListedOn(), f.getDeadline(),
                    actor));
            case "listingRemoval" -> useCases.removeListing.execute(new RemoveListingCommand(id, version,
                    f.getRemovedOn(), reason, actor));
            default -> throw new IllegalArgumentException(move);
        }
    }

    /** The fields each move needs; the domain checks the rest (e.g. the reason a refusal requires). */
    private static void validate(String move, TransitionForm form, List<HazardFiles.Upload> uploads,
            BindingResult result) {
        if (form.getVersion() == null) {
            result.reject("hz.form.version-missing");
        }
        List<String> required = switch (move) {
            case "plan" -> List.of("responsiblePerson", "measures", "funds", "deadline", "contingencyPlan");
            case "rectification" -> List.of("evidence");
            case "refusal", "cancellation" -> List.of("reason");
            case "extension" -> List.of("newDeadline", "reason");
            case "extensionDecision" -> List.of("approved");
            case "listing" -> List.of("level", "supervisingUnit", "responsibleUnit", "listedOn", "deadline");
            case "listingRemoval" -> List.of("removedOn", "reason");
            default -> List.of();
        };
        BeanWrapperImpl values = new BeanWrapperImpl(form);
        for (String field : required) {
            Object value = values.getPropertyValue(field);
            if (!result.hasFieldErrors(field) && (value == null || value instanceof String s && s.isBlank())) {
                result.rejectValue(field, "NotBlank");
            }
        }
        if ("extensionDecision".equals(move) && Boolean.FALSE.equals(form.getApproved())
                && (form.getReason() == null || form.getReason().isBlank())) {
            result.rejectValue("reason", "NotBlank");
        }
        if ("plan".equals(move) && form.getFunds() != null && form.getFunds().scale() > 2) {
            result.rejectValue("funds", "hz.form.funds-cents");
        }
        if ("rectification".equals(move) && uploads.isEmpty()) {
            result.rejectValue("files", "hz.form.files-required");
        }
    }

    private static List<HazardFiles.Upload> uploads(List<MultipartFile> files) {
        List<HazardFiles.Upload> uploads = new ArrayList<>();
        if (files == null) {
            return uploads;
        }
        for (MultipartFile file : files) {
            if (file == null || file.isEmpty()) {
                continue;
            }
            try {
                uploads.add(new HazardFiles.Upload(file.getOriginalFilename(), file.getContentType(),
                        file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the uploaded file", e);
            }
        }
        return uploads;
    }

    private String detail(UUID id, Model model) {
        ReadHazards.HazardDetail detail = read.detail(id);
        MajorHazard hazard = detail.hazard();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("hazard", hazard);
        model.addAttribute("today", today);
        model.addAttribute("enterprise", detail.enterprise());
        model.addAttribute("timeline", detail.timeline());
        Set<String> allowed = allowedMoves(hazard);
        model.addAttribute("moves", MOVES.stream().filter(allowed::contains).toList());
        for (String move : MOVES) {
            if (!model.containsAttribute(move + "Form")) {
                TransitionForm blank = new TransitionForm();
                blank.setVersion(hazard.version());
                if ("listing".equals(move)) {
                    blank.setListedOn(today);
                }
                if ("listingRemoval".equals(move)) {
                    blank.setRemovedOn(today);
                }
                model.addAttribute(move + "Form", blank);
            }
        }
        if (allowed.contains("determination")) {
            applicableClauses(hazard.industry(), hazard.discoveredOn(), model);
        }
        if (allowed.contains("listing")) {
            model.addAttribute("units", units.findAll());
            model.addAttribute("listingLevels", Arrays.asList(ListingLevel.values()));
        }
        model.addAttribute("clauseText", clauseText(hazard));
        model.addAttribute("documents", HazardDocumentPages.available(hazard));
        model.addAttribute("jurisdictionNames", jurisdictionNames());
        model.addAttribute("industryNames", industryNames());
        return "hazards/hazard";
    }

    /** The text of the clause the hazard was determined by, or null when it has none (or its standard is gone). */
    private String clauseText(MajorHazard hazard) {
        if (hazard.clause() == null) {
            return null;
        }
        try {
            return standards.get(hazard.clause().standardCode()).standard().clause(hazard.clause().clauseNumber())
                    .map(org.zhiben.hazards.StandardClause::text).orElse(null);
        } catch (org.zhiben.shared.NotFoundException gone) {
            return null;
        }
    }

    /** The moves the hazard's status allows and the user's permissions grant (as the API's access rules). */
    static Set<String> allowedMoves(MajorHazard hazard) {
        boolean supervise = PageAccess.has(SUPERVISE);
        boolean report = PageAccess.has(REPORT);
        HazardStatus status = hazard.status();
        Set<String> allowed = new java.util.LinkedHashSet<>();
        if (supervise) {
            if (status == HazardStatus.REPORTED) {
                allowed.add("determination");
            }
            if (status == HazardStatus.DETERMINED) {
                allowed.add("plan");
            }
            if (status == HazardStatus.RECTIFIED) {
                allowed.add("verification");
                allowed.add("refusal");
            }
            if (status == HazardStatus.VERIFIED) {
                allowed.add("writeOff");
            }
            if (status.canMoveTo(HazardStatus.CANCELLED)) {
                allowed.add("cancellation");
            }
            if (status == HazardStatus.RECTIFYING && hazard.plan().isPresent()
                    && hazard.pendingExtension().isEmpty()) {
                allowed.add("extension");
            }
            if (hazard.pendingExtension().isPresent()) {
                allowed.add("extensionDecision");
            }
            if (hazard.level() == HazardLevel.MAJOR && !status.isClosed() && !hazard.isListed()) {
                allowed.add("listing");
            }
            if (hazard.isListed()) {
                allowed.add("listingRemoval");
            }
        }
        if (report && status == HazardStatus.RECTIFYING && hazard.plan().isPresent()) {
            allowed.add("rectification");
        }
        return allowed;
    }

    // ------------------------------------------------------------------------------------------------- helpers

    static List<Row> rows(List<ReadHazards.HazardRow> items, LocalDate today) {
        return items.stream().map(r -> new Row(r.hazard(), r.enterpriseName(), r.hazard().isOverdue(today),
                r.hazard().daysOverdue(today))).toList();
    }

    void referenceData(Model model) {
        model.addAttribute("jurisdictionNames", jurisdictionNames());
        model.addAttribute("industryNames", industryNames());
        model.addAttribute("statuses", Arrays.asList(HazardStatus.values()));
        model.addAttribute("levels", Arrays.asList(HazardLevel.values()));
        model.addAttribute("channels", Arrays.asList(DiscoveryChannel.values()));
    }

    /** Jurisdiction code → name in the language of the request. */
    Map<String, String> jurisdictionNames() {
        Map<String, String> names = new LinkedHashMap<>();
        jurisdictions.findAll().forEach(j -> names.put(j.code().value(),
                org.zhiben.platform.web.ui.UiFormats.english() ? j.nameEn() : j.name()));
        return names;
    }

    /** Industry code → name in the language of the request. */
    Map<String, String> industryNames() {
        Map<String, String> names = new LinkedHashMap<>();
        industries.findAll().forEach(i -> names.put(i.code().value(),
                org.zhiben.platform.web.ui.UiFormats.english() ? i.nameEn() : i.name()));
        return names;
    }

    private static ClauseReference clause(String standardCode, String clauseNumber) {
        if (standardCode == null || standardCode.isBlank() || clauseNumber == null || clauseNumber.isBlank()) {
            return null;
        }
        return new ClauseReference(standardCode.strip(), clauseNumber.strip());
    }

    static String[] splitClause(String value) {
        if (value == null || value.isBlank() || !value.contains("|")) {
            return new String[] {null, null};
        }
        int bar = value.indexOf('|');
        return new String[] {value.substring(0, bar), value.substring(bar + 1)};
    }

    private static String text(Optional<String> value) {
        return value.map(String::strip).orElse("");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The filter as the form shows it again, with the number searched for and the order. */
    record Filter(String jurisdiction, String industry, String status, String level, String channel, String listed,
            boolean overdue, String number, String sort) {
    }

    /**
     * For each sortable column (number, status, deadline), the register with the same filter in that column's order
     * — the reverse one when the register is already in it — from the first page.
     */
    static Map<String, String> sortLinks(Filter filter, HazardSort current) {
        Map<String, String> links = new LinkedHashMap<>();
        for (HazardSort.Key key : List.of(HazardSort.Key.NUMBER, HazardSort.Key.STATUS, HazardSort.Key.DEADLINE)) {
            HazardSort next = current.key() == key ? current.reversed() : new HazardSort(key, false);
            links.put(key.name(), link("/hazards", filter, next));
        }
        return links;
    }

    /** The address {@code path} with the filter and the order as its query. */
    static String link(String path, Filter filter, HazardSort order) {
        return org.springframework.web.util.UriComponentsBuilder.fromPath(path)
                .queryParam("jurisdiction", filter.jurisdiction()).queryParam("industry", filter.industry())
                .queryParam("status", filter.status()).queryParam("level", filter.level())
                .queryParam("channel", filter.channel()).queryParam("listed", filter.listed())
                .queryParam("overdue", filter.overdue()).queryParam("number", filter.number())
                .queryParam("sort", order.text()).encode().build().toUriString();
    }

    /** A hazard of a list with its enterprise's name and, as of today, whether and how long it is overdue. */
    record Row(MajorHazard hazard, String enterpriseName, boolean overdue, long daysOverdue) {
    }
}
