package org.zhiben.reporting.web.admin;

import static org.zhiben.platform.web.RequestValues.required;
import static org.zhiben.platform.web.RequestValues.requiredText;
import static org.zhiben.platform.web.ui.FormErrors.field;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.organization.MemberUnit;
import org.zhiben.platform.export.TableExports;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.platform.web.ui.FormErrors;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.platform.web.ui.UiFormats;
import org.zhiben.reporting.PolicyDocumentUpload;
import org.zhiben.reporting.PolicyEntry;
import org.zhiben.reporting.PolicyEntryId;
import org.zhiben.reporting.PolicyFilter;
import org.zhiben.reporting.PolicyKind;
import org.zhiben.reporting.PolicyPage;
import org.zhiben.reporting.application.ReadPolicies;
import org.zhiben.reporting.application.RecordPolicies;
import org.zhiben.reporting.web.PolicyTableExports;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.StaleVersionException;
import org.zhiben.shared.UnitCode;

/**
 * The policy statistics table (附表2 自治州安全生产治本攻坚出台政策统计表) as pages: the compilation (every unit's lines
 * for the committee office, a unit's own for the unit) with filters by unit, kind and issue period; the form that
 * enters a line with its issued document; a line's page, where the unit corrects it or replaces the document.
 */
@PageController
@RequestMapping("/reporting/policies")
class PolicyPages {

    static final String READ = "SCOPE_reporting:read";
    static final String SUBMIT = "SCOPE_reporting:submit";
    private static final int PAGE_SIZE = 50;

    private final RecordPolicies record;
    private final ReadPolicies read;
    private final PolicyTableExports tables;
    private final TableExports exports;

    PolicyPages(RecordPolicies record, ReadPolicies read, PolicyTableExports tables, TableExports exports) {
        this.record = record;
        this.read = read;
        this.tables = tables;
        this.exports = exports;
    }

    @GetMapping
    String list(@RequestParam(required = false) String unit, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String issuedFrom, @RequestParam(required = false) String issuedTo,
            @RequestParam(defaultValue = "0") int page, Model model) {
        PageAccess.require(READ);
        List<MemberUnit> units = read.units();
        model.addAttribute("units", units);
        model.addAttribute("kinds", Arrays.asList(PolicyKind.values()));
        model.addAttribute("unit", unit == null ? "" : unit);
        model.addAttribute("kind", kind == null ? "" : kind);
        model.addAttribute("issuedFrom", issuedFrom == null ? "" : issuedFrom);
        model.addAttribute("issuedTo", issuedTo == null ? "" : issuedTo);
        model.addAttribute("canSubmit", PageAccess.has(SUBMIT));
        model.addAttribute("prefectureWide", read.prefectureWide());
        PolicyPage found;
        try {
            UnitCode unitCode = RequestValues.unit(unit, "unit");
            found = read.compile(new PolicyFilter(unitCode == null ? null : Set.of(unitCode),
                    RequestValues.enumValue(PolicyKind.class, kind, "kind"), date(issuedFrom, "issuedFrom"),
                    date(issuedTo, "issuedTo"), Math.max(page, 0), PAGE_SIZE));
        } catch (DomainException refused) {
            model.addAttribute("failure", refused.code());
            model.addAttribute("failureArguments", refused.arguments().toArray());
            found = new PolicyPage(List.of(), 0, PAGE_SIZE, 0);
        }
        Map<UnitCode, String> names = unitNames(units);
        model.addAttribute("lines", found.entries().stream().map(e -> new Line(e, names.getOrDefault(e.unit(),
                e.unit().value()))).toList());
        model.addAttribute("page", found.page());
        model.addAttribute("total", found.total());
        model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        return "reporting-policies/policies";
    }

    /** 附表2 as the form in xlsx, with the list's filters (a malformed one answers 400). */
    @GetMapping("/export.xlsx")
    void exportXlsx(@RequestParam(required = false) String unit, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String issuedFrom, @RequestParam(required = false) String issuedTo,
            HttpServletResponse response) {
        PageAccess.require(READ);
        exports.sendXlsx(response, "附表2", List.of(tables.table(filter(unit, kind, issuedFrom, issuedTo, 0,
                PolicyFilter.MAX_SIZE))));
    }

    /** 附表2 as the form in PDF, with the list's filters. */
    @GetMapping("/export.pdf")
    void exportPdf(@RequestParam(required = false) String unit, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String issuedFrom, @RequestParam(required = false) String issuedTo,
            HttpServletResponse response) {
        PageAccess.require(READ);
        exports.sendPdf(response, "附表2", tables.table(filter(unit, kind, issuedFrom, issuedTo, 0,
                PolicyFilter.MAX_SIZE)));
    }

    private static PolicyFilter filter(String unit, String kind, String issuedFrom, String issuedTo, int page,
            int size) {
        UnitCode unitCode = RequestValues.unit(unit, "unit");
        return new PolicyFilter(unitCode == null ? null : Set.of(unitCode),
                RequestValues.enumValue(PolicyKind.class, kind, "kind"), date(issuedFrom, "issuedFrom"),
                date(issuedTo, "issuedTo"), page, size);
    }

    @GetMapping("/new")
    String newForm(Model model) {
        PageAccess.require(SUBMIT);
        PolicyForm form = new PolicyForm();
        List<MemberUnit> units = read.units();
        if (units.size() == 1) {
            form.setUnit(units.get(0).code().value());
        }
        return form(form, null, model);
    }

    @PostMapping
    String enter(@ModelAttribute("form") PolicyForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        PageAccess.require(SUBMIT);
        UnitCode unit = field(result, "unit", () -> required(RequestValues.unit(form.getUnit(), "unit"), "unit"));
        PolicyEntry.Details details = details(form, result);
        if (result.hasErrors()) {
            return form(form, null, model);
        }
        PolicyEntry entered;
        try {
            entered = record.enter(unit, details, upload(form.getFile()));
        } catch (AccessRefusedException outside) {
            result.reject("reporting.policy.unit-not-yours");
            return form(form, null, model);
        } catch (DomainException refused) {
            FormErrors.reject(refused, result);
            return form(form, null, model);
        }
        redirect.addFlashAttribute("success", "reporting.policy.saved");
        return "redirect:/reporting/policies/" + entered.id();
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        PageAccess.require(READ);
        PolicyEntry entry = read.find(new PolicyEntryId(id));
        PolicyForm form = new PolicyForm();
        form.setUnit(entry.unit().value());
        form.setTitle(entry.details().title());
        form.setDocumentNumber(entry.details().documentNumber());
        form.setIssuedOn(entry.details().issuedOn().toString());
        form.setKind(entry.details().kind().name());
        form.setCopiedToOffice(entry.details().copiedToOffice());
        form.setVersion(entry.version());
        return form(form, entry, model);
    }

    @PostMapping("/{id}")
    String revise(@PathVariable UUID id, @ModelAttribute("form") PolicyForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        PageAccess.require(SUBMIT);
        PolicyEntry entry = read.find(new PolicyEntryId(id));
        PolicyEntry.Details details = details(form, result);
        if (result.hasErrors()) {
            return form(form, entry, model);
        }
        try {
            record.revise(entry.id(), form.getVersion(), details, upload(form.getFile()));
        } catch (StaleVersionException changed) {
            result.reject("reporting.policy.changed-meanwhile");
            return form(form, entry, model);
        } catch (DomainException refused) {
            FormErrors.reject(refused, result);
            return form(form, entry, model);
        }
        redirect.addFlashAttribute("success", "reporting.policy.saved");
        return "redirect:/reporting/policies/" + id;
    }

    private String form(PolicyForm form, PolicyEntry entry, Model model) {
        List<MemberUnit> units = read.units();
        model.addAttribute("form", form);
        model.addAttribute("entry", entry);
        model.addAttribute("units", units);
        model.addAttribute("kinds", Arrays.asList(PolicyKind.values()));
        model.addAttribute("canSubmit", PageAccess.has(SUBMIT));
        model.addAttribute("unitName", entry == null ? "" : unitNames(units).getOrDefault(entry.unit(),
                entry.unit().value()));
        return entry == null ? "reporting-policies/policy-form" : "reporting-policies/policy";
    }

    private static PolicyEntry.Details details(PolicyForm form, BindingResult result) {
        String title = field(result, "title", () -> requiredText(form.getTitle(), "title"));
        String number = field(result, "documentNumber",
                () -> requiredText(form.getDocumentNumber(), "documentNumber"));
        LocalDate issuedOn = field(result, "issuedOn", () -> required(date(form.getIssuedOn(), "issuedOn"),
                "issuedOn"));
        PolicyKind kind = field(result, "kind", () -> required(RequestValues.enumValue(PolicyKind.class,
                form.getKind(), "kind"), "kind"));
        if (result.hasErrors()) {
            return null;
        }
        return field(result, "title", () -> new PolicyEntry.Details(title, number, issuedOn, kind,
                form.isCopiedToOffice()));
    }

    private static PolicyDocumentUpload upload(MultipartFile file) {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank())) {
            return null;
        }
        try {
            return new PolicyDocumentUpload(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        }
    }

    private static Map<UnitCode, String> unitNames(List<MemberUnit> units) {
        return units.stream().collect(Collectors.toMap(MemberUnit::code,
                u -> UiFormats.english() ? u.nameEn() : u.name(), (a, b) -> a));
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "reporting.policy.date-invalid", "not a date: " + value, value);
        }
    }

    /** A line as the pages show it: the unit by name. */
    record Line(PolicyEntry entry, String unitName) {
    }
}
