package org.zhiben.enterprises.web.admin;

import static org.zhiben.platform.web.RequestValues.required;
import static org.zhiben.platform.web.RequestValues.requiredText;
import static org.zhiben.platform.web.ui.FormErrors.field;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.zhiben.enterprises.EnterpriseSearch;
import org.zhiben.platform.export.ExportCell;
import org.zhiben.platform.export.ExportTable;
import org.zhiben.platform.export.HeaderCell;
import org.zhiben.platform.export.PagedRows;
import org.zhiben.platform.export.TableExports;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseRecords;
import org.zhiben.enterprises.EnterpriseStatus;
import org.zhiben.enterprises.FocusAttributes;
import org.zhiben.enterprises.HospitalGrade;
import org.zhiben.enterprises.Page;
import org.zhiben.enterprises.Person;
import org.zhiben.enterprises.StandardisationGrade;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.enterprises.application.EnterpriseDetails;
import org.zhiben.enterprises.application.FindEnterprises;
import org.zhiben.enterprises.application.RegisterEnterprise;
import org.zhiben.enterprises.application.RegisterEnterpriseCommand;
import org.zhiben.enterprises.application.UpdateEnterprise;
import org.zhiben.enterprises.application.UpdateEnterpriseCommand;
import org.zhiben.enterprises.web.EnterpriseResponses;
import org.zhiben.organization.Industries;
import org.zhiben.organization.Industry;
import org.zhiben.organization.Jurisdiction;
import org.zhiben.organization.Jurisdictions;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.platform.web.ui.FormErrors;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.platform.web.ui.UiFormats;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.NotPermittedException;
import org.zhiben.shared.StaleVersionException;

/**
 * The enterprise register (企业名录) pages: the list with filters, one enterprise with its contacts in full, and the
 * forms to register and to edit one. Everything goes through the module's use cases, as the API does, so a user only
 * ever sees and changes the enterprises of their data scope, every change is audited, and the enterprise's own
 * manager sees its jurisdiction and industry but cannot change them.
 */
@PageController
@RequestMapping("/enterprises")
class EnterprisePages {

    static final String READ = "SCOPE_enterprises:read";
    static final String WRITE = "SCOPE_enterprises:write";
    static final int PAGE_SIZE = 20;

    private final FindEnterprises enterprises;
    private final RegisterEnterprise registerEnterprise;
    private final UpdateEnterprise updateEnterprise;
    private final Jurisdictions jurisdictions;
    private final Industries industries;
    private final List<EnterpriseRecords> records;
    private final TableExports exports;
    private final MessageSource messages;
    private final UiFormats formats;
    private final Clock clock;

    EnterprisePages(FindEnterprises enterprises, RegisterEnterprise registerEnterprise,
            UpdateEnterprise updateEnterprise, Jurisdictions jurisdictions, Industries industries,
            List<EnterpriseRecords> records, TableExports exports, MessageSource messages, UiFormats formats,
            Clock clock) {
        this.exports = exports;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
        this.records = List.copyOf(records);
        this.enterprises = enterprises;
        this.registerEnterprise = registerEnterprise;
        this.updateEnterprise = updateEnterprise;
        this.jurisdictions = jurisdictions;
        this.industries = industries;
    }

    @GetMapping
    String list(@RequestParam Optional<String> jurisdiction, @RequestParam Optional<String> industry,
            @RequestParam Optional<String> q, @RequestParam(defaultValue = "0") int page, Model model) {
        PageAccess.require(READ);
        String jurisdictionValue = jurisdiction.map(String::strip).orElse("");
        String industryValue = industry.map(String::strip).orElse("");
        String text = q.map(String::strip).orElse("");
        Page<Enterprise> found = enterprises.search(RequestValues.jurisdiction(jurisdictionValue, "jurisdiction"),
                RequestValues.industry(industryValue, "industry"), text, page, PAGE_SIZE);
        model.addAttribute("found", found);
        model.addAttribute("lines", found.items().stream().map(ListLine::of).toList());
        model.addAttribute("lastPage", Math.max(0, found.pageCount() - 1));
        model.addAttribute("filter", new FilterValues(jurisdictionValue, industryValue, text));
        model.addAttribute("canWrite", PageAccess.has(WRITE));
        referenceData(model);
        return "enterprises/list";
    }

    /**
     * The register with the same filter as the page, every enterprise of it in the user's scope, as an Excel
     * workbook (read 200 at a time while it is written); phones masked as the list shows them.
     */
    @GetMapping("/export.xlsx")
    void export(@RequestParam Optional<String> jurisdiction, @RequestParam Optional<String> industry,
            @RequestParam Optional<String> q, HttpServletResponse response) {
        PageAccess.require(READ);
        JurisdictionCode jurisdictionCode = RequestValues.jurisdiction(jurisdiction.map(String::strip).orElse(""),
                "jurisdiction");
        IndustryCode industryCode = RequestValues.industry(industry.map(String::strip).orElse(""), "industry");
        String text = q.map(String::strip).orElse("");
        Map<String, String> jurisdictionNames = jurisdictions.findAll().stream().collect(Collectors.toMap(
                j -> j.code().value(), j -> UiFormats.english() ? j.nameEn() : j.name()));
        Map<String, String> industryNames = industries.findAll().stream().collect(Collectors.toMap(
                i -> i.code().value(), i -> UiFormats.english() ? i.nameEn() : i.name()));
        int size = EnterpriseSearch.MAX_PAGE_SIZE;
        Iterable<List<ExportCell>> body = PagedRows.of(
                page -> enterprises.search(jurisdictionCode, industryCode, text, page, size).items(), size,
                enterprise -> {
                    ListLine line = ListLine.of(enterprise);
                    return List.of(ExportCell.text(line.name()), ExportCell.text(line.creditCode()),
                            ExportCell.text(jurisdictionNames.getOrDefault(line.jurisdiction(), "")),
                            ExportCell.text(industryNames.getOrDefault(line.industry(), "")),
                            ExportCell.text(message(line.highRisk() ? "entx.yes" : "entx.no")),
                            ExportCell.text(line.principalName()), ExportCell.text(line.principalPhone()),
                            ExportCell.text(line.controllerName()), ExportCell.text(line.controllerPhone()),
                            ExportCell.text(message("ui.enterprise.grade." + line.standardisationGrade())),
                            ExportCell.text(message("ui.enterprise.status." + line.status())));
                });
        List<List<HeaderCell>> heading = List.of(
                List.of(HeaderCell.down(message("ui.enterprise.name"), 2),
                        HeaderCell.down(message("ui.enterprise.credit-code"), 2),
                        HeaderCell.down(message("ui.enterprise.jurisdiction"), 2),
                        HeaderCell.down(message("ui.enterprise.industry"), 2),
                        HeaderCell.down(message("ui.enterprise.high-risk"), 2),
                        HeaderCell.across(message("ui.enterprise.principal"), 2),
                        HeaderCell.across(message("ui.enterprise.controller"), 2),
                        HeaderCell.down(message("ui.enterprise.grade"), 2),
                        HeaderCell.down(message("ui.enterprise.status"), 2)),
                List.of(HeaderCell.of(message("entx.person-name")), HeaderCell.of(message("entx.phone")),
                        HeaderCell.of(message("entx.person-name")), HeaderCell.of(message("entx.phone"))));
        LocalDate today = LocalDate.now(clock);
        ExportTable table = ExportTable.of(message("ui.enterprises.title"), heading, body)
                .withPeriod(message("entx.as-of", formats.date(today)))
                .withWidths(List.of(36, 22, 12, 16, 10, 10, 14, 10, 14, 12, 12));
        exports.sendXlsx(response, message("ui.enterprises.title") + "-" + today, List.of(table));
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        PageAccess.require(READ);
        model.addAttribute("enterprise", enterprises.byId(new EnterpriseId(id)));
        // what other modules keep about the enterprise (e.g. its hazards), through the port they implement
        model.addAttribute("records", records.stream().map(r -> r.of(id)).flatMap(Optional::stream).toList());
        model.addAttribute("canWrite", PageAccess.has(WRITE));
        referenceData(model);
        return "enterprises/detail";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        PageAccess.require(WRITE);
        return form(new EnterpriseForm(), null, model);
    }

    @PostMapping("/new")
    String register(@Valid @ModelAttribute("enterprise") EnterpriseForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        PageAccess.require(WRITE);
        UnifiedSocialCreditCode creditCode = field(result, "creditCode", () -> required(
                RequestValues.convert(form.getCreditCode(), "creditCode", UnifiedSocialCreditCode::of),
                "creditCode"));
        EnterpriseDetails details = details(form, result);
        if (result.hasErrors()) {
            return form(form, null, model);
        }
        Enterprise registered;
        try {
            registered = registerEnterprise.register(new RegisterEnterpriseCommand(creditCode, details));
        } catch (NotPermittedException outside) {
            result.reject("ui.enterprise.out-of-scope");
            return form(form, null, model);
        } catch (DomainException refused) {
            FormErrors.reject(refused, result);
            return form(form, null, model);
        }
        redirect.addFlashAttribute("success", "ui.enterprise.registered");
        return "redirect:/enterprises/" + registered.id().value();
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        PageAccess.require(WRITE);
        Enterprise enterprise = enterprises.byId(new EnterpriseId(id));
        return form(EnterpriseForm.of(enterprise), enterprise, model);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("enterprise") EnterpriseForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        PageAccess.require(WRITE);
        Enterprise current = enterprises.byId(new EnterpriseId(id));
        form.setCreditCode(current.creditCode().value());
        EnterpriseDetails details = details(form, result);
        if (form.getVersion() == null) {
            result.reject("ui.enterprise.version.missing");
        }
        if (result.hasErrors()) {
            return form(form, current, model);
        }
        try {
            updateEnterprise.update(new UpdateEnterpriseCommand(current.id(), form.getVersion(), details));
        } catch (StaleVersionException stale) {
            result.reject("ui.enterprise.stale");
            model.addAttribute("stale", true);
            return form(form, current, model);
        } catch (NotPermittedException refused) {
            result.reject("enterprise.out-of-scope".equals(refused.code()) ? "ui.enterprise.out-of-scope"
                    : refused.code(), refused.arguments().toArray(), refused.getMessage());
            return form(form, current, model);
        } catch (DomainException refused) {
            FormErrors.reject(refused, result);
            return form(form, current, model);
        }
        redirect.addFlashAttribute("success", "ui.enterprise.updated");
        return "redirect:/enterprises/" + id;
    }

    /**
     * The details the form gives, with every field that is wrong marked next to it (not only the first one); null when
     * any is wrong.
     */
    private EnterpriseDetails details(EnterpriseForm form, BindingResult result) {
        String name = field(result, "name", () -> requiredText(form.getName(), "name"));
        JurisdictionCode jurisdiction = field(result, "jurisdiction", () -> required(
                RequestValues.jurisdiction(form.getJurisdiction(), "jurisdiction"), "jurisdiction"));
        IndustryCode industry = field(result, "industry", () -> required(
                RequestValues.industry(form.getIndustry(), "industry"), "industry"));
        String address = field(result, "address", () -> requiredText(form.getAddress(), "address"));
        Person principal = person(result, "principal", form.getPrincipalName(), form.getPrincipalPhone(),
                form.getPrincipalEmail());
        Person controller = person(result, "controller", form.getControllerName(), form.getControllerPhone(),
                form.getControllerEmail());
        StandardisationGrade grade = field(result, "standardisationGrade",
                () -> StandardisationGrade.parse(form.getStandardisationGrade()));
        EnterpriseStatus status = field(result, "status", () -> EnterpriseStatus.parse(form.getStatus()));
        HospitalGrade hospitalGrade = field(result, "hospitalGrade",
                () -> HospitalGrade.parse(form.getHospitalGrade()));
        Person fireSafety = optionalPerson(result, "fireSafety", form.getFireSafetyName(), form.getFireSafetyPhone());
        if (result.hasErrors()) {
            return null;
        }
        FocusAttributes focus = new FocusAttributes(hospitalGrade, form.isKeyCulturalRelicUnit(),
                form.isLargeCommercialComplex(), fireSafety);
        return field(result, "name", () -> new EnterpriseDetails(name, jurisdiction, industry, address, principal,
                controller, grade, status, focus));
    }

    /**
     * A person, checking the name, the phone and the (optional) e-mail address each on its own so that all can be
     * marked at once.
     */
    private static Person person(BindingResult result, String prefix, String name, String phone, String email) {
        String nameField = prefix + "Name";
        String phoneField = prefix + "Phone";
        String emailField = prefix + "Email";
        field(result, nameField, () -> requiredText(name, nameField));
        field(result, phoneField, () -> requiredText(phone, phoneField));
        field(result, emailField, () -> Person.validEmail(email, emailField));
        if (result.hasFieldErrors(nameField) || result.hasFieldErrors(phoneField)
                || result.hasFieldErrors(emailField)) {
            return null;
        }
        return field(result, phoneField, () -> Person.of(prefix, name, phone, email));
    }

    /** A person who may be left out: both name and phone empty give none; else both are checked. */
    private static Person optionalPerson(BindingResult result, String prefix, String name, String phone) {
        if ((name == null || name.isBlank()) && (phone == null || phone.isBlank())) {
            return null;
        }
        String nameField = prefix + "Name";
        String phoneField = prefix + "Phone";
        field(result, nameField, () -> requiredText(name, nameField));
        field(result, phoneField, () -> requiredText(phone, phoneField));
        if (result.hasFieldErrors(nameField) || result.hasFieldErrors(phoneField)) {
            return null;
        }
        return field(result, phoneField, () -> Person.of(prefix, name, phone));
    }

    private String form(EnterpriseForm form, Enterprise existing, Model model) {
        model.addAttribute("enterprise", form);
        model.addAttribute("existing", existing);
        model.addAttribute("supervisionLocked", existing != null && !enterprises.callerSupervises(existing));
        model.addAttribute("grades", Arrays.asList(StandardisationGrade.values()));
        model.addAttribute("statuses", Arrays.asList(EnterpriseStatus.values()));
        model.addAttribute("hospitalGrades", Arrays.asList(HospitalGrade.values()));
        referenceData(model);
        return "enterprises/form";
    }

    /** The jurisdictions and industries for the selects, and their names by code for showing codes. */
    private void referenceData(Model model) {
        List<Jurisdiction> allJurisdictions = jurisdictions.findAll().stream()
                .sorted(Comparator.comparing(j -> j.code().value())).toList();
        List<Industry> allIndustries = industries.findAll().stream()
                .sorted(Comparator.comparing(i -> i.code().value())).toList();
        model.addAttribute("jurisdictions", allJurisdictions);
        model.addAttribute("industries", allIndustries);
        model.addAttribute("jurisdictionNames", allJurisdictions.stream().collect(Collectors.toMap(
                j -> j.code().value(), j -> UiFormats.english() ? j.nameEn() : j.name())));
        model.addAttribute("industryNames", allIndustries.stream().collect(Collectors.toMap(
                i -> i.code().value(), i -> UiFormats.english() ? i.nameEn() : i.name())));
    }

    /** An enterprise as the list shows it: the phones masked, the codes for the names to be looked up. */
    record ListLine(UUID id, String creditCode, String name, String jurisdiction, String industry, boolean highRisk,
            String principalName, String principalPhone, String controllerName, String controllerPhone,
            String standardisationGrade, String status) {

        static ListLine of(Enterprise e) {
            return new ListLine(e.id().value(), e.creditCode().value(), e.name(), e.jurisdiction().value(),
                    e.industry().value(), e.highRisk(), e.principal().name(),
                    EnterpriseResponses.maskPhone(e.principal().phone()), e.actualController().name(),
                    EnterpriseResponses.maskPhone(e.actualController().phone()), e.standardisationGrade().name(),
                    e.status().name());
        }
    }

    /** The filter as the form shows it again. */
    record FilterValues(String jurisdiction, String industry, String q) {
    }
}
