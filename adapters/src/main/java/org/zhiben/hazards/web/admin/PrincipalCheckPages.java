package org.zhiben.hazards.web.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.zhiben.hazards.HazardSearchCriteria;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.PrincipalCheckSchedule;
import org.zhiben.hazards.application.PrincipalCheckQuery;
import org.zhiben.hazards.application.PrincipalCheckReport;
import org.zhiben.hazards.application.ReadHazards;
import org.zhiben.hazards.application.ReadPrincipalChecks;
import org.zhiben.hazards.application.RecordPrincipalCheck;
import org.zhiben.hazards.application.RecordPrincipalCheckCommand;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.platform.web.ui.BarChart;
import org.zhiben.platform.web.ui.FormErrors;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.DomainException;

/**
 * The pages of the principal's periodic checks (task 24: "{@value PrincipalCheckSchedule#RULE}"): the compliance of the
 * enterprises in the user's scope over any period, by jurisdiction (a chart and the table behind it) and industry,
 * with the overdue enterprises; an enterprise's checks with its next due check; and the form that records a check
 * (the enterprise its own, an officer within scope) — the same use cases as the API.
 */
@PageController
@RequestMapping("/principal-checks")
class PrincipalCheckPages {

    /** The authority of {@code HazardPermissions.CHECKS_RECORD}. */
    static final String RECORD = "SCOPE_principal-checks:record";

    private static final int HAZARDS_OFFERED = HazardSearchCriteria.MAX_PAGE_SIZE;

    private final HazardPages pages;
    private final ReadPrincipalChecks read;
    private final RecordPrincipalCheck record;
    private final ReadHazards hazards;
    private final MessageSource messages;

    PrincipalCheckPages(HazardPages pages, ReadPrincipalChecks read, RecordPrincipalCheck record, ReadHazards hazards,
            MessageSource messages) {
        this.pages = pages;
        this.read = read;
        this.record = record;
        this.hazards = hazards;
        this.messages = messages;
    }

    @GetMapping
    String compliance(@RequestParam Optional<String> from, @RequestParam Optional<String> to,
            @RequestParam Optional<String> jurisdiction, @RequestParam Optional<String> industry, Model model) {
        PageAccess.require(HazardPages.READ);
        LocalDate today = read.today();
        LocalDate start = from.filter(v -> !v.isBlank()).map(v -> date(v, "from"))
                .orElse(today.withDayOfYear(1));
        LocalDate end = to.filter(v -> !v.isBlank()).map(v -> date(v, "to")).orElse(today);
        String jurisdictionCode = jurisdiction.filter(v -> !v.isBlank()).orElse(null);
        String industryCode = industry.filter(v -> !v.isBlank()).orElse(null);
        PrincipalCheckReport report = read.compliance(new PrincipalCheckQuery(start, end,
                RequestValues.jurisdiction(jurisdictionCode, "jurisdiction"),
                RequestValues.industry(industryCode, "industry")));
        pages.referenceData(model);
        Map<String, String> jurisdictionNames = pages.jurisdictionNames();
        model.addAttribute("report", report);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("jurisdiction", jurisdictionCode);
        model.addAttribute("industry", industryCode);
        model.addAttribute("rule", PrincipalCheckSchedule.RULE);
        model.addAttribute("chart", BarChart.of("principal-check-chart", message("hz.checks.chart.title"),
                message("hz.checks.chart.desc") + " " + String.join("；", report.byJurisdiction().stream()
                        .map(g -> message("hz.checks.chart.line", name(jurisdictionNames, g.code()), g.compliant(),
                                g.enterprises())).toList()),
                report.byJurisdiction().stream().map(g -> new BarChart.Line(name(jurisdictionNames, g.code()),
                        g.compliant(), g.enterprises(), g.compliant() + "/" + g.enterprises())).toList()));
        return "hazards/checks/compliance";
    }

    @GetMapping("/enterprises/{id}")
    String enterprise(@PathVariable UUID id, Model model) {
        PageAccess.require(HazardPages.READ);
        model.addAttribute("checks", read.ofEnterprise(id));
        model.addAttribute("canRecord", PageAccess.has(RECORD));
        model.addAttribute("rule", PrincipalCheckSchedule.RULE);
        pages.referenceData(model);
        return "hazards/checks/enterprise";
    }

    @GetMapping("/new")
    String newCheck(@RequestParam UUID enterpriseId, @ModelAttribute("check") PrincipalCheckForm form, Model model) {
        PageAccess.require(RECORD);
        form.setEnterpriseId(enterpriseId);
        if (form.getCheckedOn() == null) {
            form.setCheckedOn(read.today());
        }
        return formPage(form, model);
    }

    @PostMapping("/new")
    String recordCheck(@Validated @ModelAttribute("check") PrincipalCheckForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        PageAccess.require(RECORD);
        if (form.getEnterpriseId() == null) {
            throw new org.zhiben.shared.NotFoundException("enterprise", "none");
        }
        if (result.hasErrors()) {
            return formPage(form, model);
        }
        try {
            record.execute(new RecordPrincipalCheckCommand(form.getEnterpriseId(), form.getCheckedOn(),
                    form.getLedBy(), form.getScope(), form.getFindings(), form.getHazardIds()));
        } catch (AccessRefusedException refused) {
            throw refused;
        } catch (DomainException refused) {
            FormErrors.reject(refused, result);
            return formPage(form, model);
        }
        redirect.addFlashAttribute("success", "hz.checks.recorded");
        return "redirect:/principal-checks/enterprises/" + form.getEnterpriseId();
    }

    private String formPage(PrincipalCheckForm form, Model model) {
        ReadPrincipalChecks.EnterpriseChecks checks = read.ofEnterprise(form.getEnterpriseId());
        List<MajorHazard> offered = hazards.search(new HazardSearchCriteria(null, null, form.getEnterpriseId(), null,
                null, null, null, null, 0, HAZARDS_OFFERED)).items();
        model.addAttribute("enterprise", checks.enterprise());
        model.addAttribute("principalMasked", masked(checks.enterprise().principal().name()));
        model.addAttribute("hazards", offered);
        model.addAttribute("rule", PrincipalCheckSchedule.RULE);
        return "hazards/checks/new";
    }

    private static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.zhiben.shared.InvalidValueException(field, "hazard.principal-check.date-invalid",
                    "the date must be written as yyyy-MM-dd", value);
        }
    }

    private static String masked(String name) {
        return name.charAt(0) + "*".repeat(name.length() - 1);
    }

    private static String name(Map<String, String> names, String code) {
        return names.getOrDefault(code, code);
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }
}
