package org.zhiben.training.web.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.platform.web.ui.BarChart;
import org.zhiben.platform.web.ui.FormErrors;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.DomainException;
import org.zhiben.training.Drill;
import org.zhiben.training.DrillSchedule;
import org.zhiben.training.application.DrillReport;
import org.zhiben.training.application.ManageDrills;
import org.zhiben.training.application.TrainingPaging;

/**
 * The drill pages (疏散逃生演练, task 9: "{@value DrillSchedule#RULE}"): the drills of the caller's scope with the form
 * that records one (an enterprise's user for its own enterprise), and the compliance of any period by jurisdiction (a
 * chart and the table behind it) and industry, with the overdue enterprises. The same use cases as the API.
 */
@PageController
@RequestMapping("/training/drills")
class DrillPages {

    static final int PAGE_SIZE = 50;

    private final ManageDrills drills;
    private final TrainingNames names;
    private final MessageSource messages;

    DrillPages(ManageDrills drills, TrainingNames names, MessageSource messages) {
        this.drills = drills;
        this.names = names;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        PageAccess.require(TrainingPages.READ);
        DrillForm form = new DrillForm();
        form.setHeldOn(drills.today().toString());
        return listPage(form, Math.max(0, page), model);
    }

    @PostMapping
    String record(@ModelAttribute("form") DrillForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        PageAccess.require(TrainingPages.RECORD);
        UUID enterprise = FormErrors.field(result, "enterpriseId", () -> RequestValues.required(
                RequestValues.convert(form.getEnterpriseId(), "enterpriseId", UUID::fromString), "enterpriseId"));
        LocalDate heldOn = FormErrors.field(result, "heldOn", () -> FormFields.date(form.getHeldOn(), "heldOn"));
        Integer count = FormErrors.field(result, "participantCount",
                () -> FormFields.number(form.getParticipantCount(), "participantCount"));
        FormErrors.field(result, "scope", () -> RequestValues.requiredText(form.getScope(), "scope"));
        FormErrors.field(result, "participants", () -> RequestValues.requiredText(form.getParticipants(),
                "participants"));
        FormErrors.field(result, "findings", () -> RequestValues.requiredText(form.getFindings(), "findings"));
        if (result.hasErrors()) {
            return listPage(form, 0, model);
        }
        Drill drill;
        try {
            drill = drills.record(new ManageDrills.Command(enterprise, heldOn, form.getScope(), count,
                    form.getParticipants(), form.getFindings()));
        } catch (AccessRefusedException outside) {
            result.reject("training.out-of-scope");
            return listPage(form, 0, model);
        } catch (DomainException refused) {
            FormErrors.reject(refused, result);
            return listPage(form, 0, model);
        }
        redirect.addFlashAttribute("success", "training.drill.saved");
        return "redirect:/training/drills#drill-" + drill.id();
    }

    @GetMapping("/compliance")
    String compliance(@RequestParam Optional<String> from, @RequestParam Optional<String> to,
            @RequestParam Optional<String> jurisdiction, @RequestParam Optional<String> industry, Model model) {
        PageAccess.require(TrainingPages.READ);
        LocalDate today = drills.today();
        LocalDate start = from.filter(v -> !v.isBlank()).map(v -> FormFields.date(v, "from"))
                .orElse(today.withDayOfYear(1));
        LocalDate end = to.filter(v -> !v.isBlank()).map(v -> FormFields.date(v, "to")).orElse(today);
        String jurisdictionCode = jurisdiction.filter(v -> !v.isBlank()).orElse(null);
        String industryCode = industry.filter(v -> !v.isBlank()).orElse(null);
        DrillReport report = drills.compliance(new org.zhiben.training.application.DrillQuery(start, end,
                RequestValues.jurisdiction(jurisdictionCode, "jurisdiction"),
                RequestValues.industry(industryCode, "industry"), null));
        Map<String, String> jurisdictionNames = names.jurisdictions();
        model.addAttribute("report", report);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("jurisdiction", jurisdictionCode);
        model.addAttribute("industry", industryCode);
        model.addAttribute("jurisdictionNames", jurisdictionNames);
        model.addAttribute("industryNames", names.industries());
        model.addAttribute("rule", DrillSchedule.RULE);
        String description = report.byJurisdiction().isEmpty() ? text("training.drill.chart.none")
                : String.join(text("training.coverage.chart.separator"), report.byJurisdiction().stream()
                        .map(g -> text("training.drill.chart.line", name(jurisdictionNames, g.code()), g.compliant(),
                                g.enterprises())).toList());
        model.addAttribute("chart", BarChart.of("drill-chart", text("training.drill.chart.title"), description,
                report.byJurisdiction().stream().map(g -> new BarChart.Line(name(jurisdictionNames, g.code()),
                        g.compliant(), g.enterprises(), text("training.drill.chart.bar", g.compliant(),
                                g.enterprises()))).toList()));
        return "training/drill-compliance";
    }

    private String listPage(DrillForm form, int page, Model model) {
        TrainingPaging.Page<Drill> found = drills.list(null, page, PAGE_SIZE);
        List<Enterprise> own = drills.ownEnterprises();
        if (own.size() == 1 && (form.getEnterpriseId() == null || form.getEnterpriseId().isBlank())) {
            form.setEnterpriseId(own.get(0).id().value().toString());
        }
        Map<String, String> jurisdictionNames = names.jurisdictions();
        model.addAttribute("form", form);
        model.addAttribute("own", own);
        model.addAttribute("lines", found.items().stream().map(d -> new Line(d, names.enterprise(d.enterpriseId()),
                name(jurisdictionNames, d.jurisdiction().value()))).toList());
        model.addAttribute("page", found.page());
        model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("total", found.total());
        model.addAttribute("canRecord", PageAccess.has(TrainingPages.RECORD));
        model.addAttribute("rule", DrillSchedule.RULE);
        return "training/drills";
    }

    private static String name(Map<String, String> names, String code) {
        return names.getOrDefault(code, code);
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }

    /** A drill as the page shows it: the enterprise and jurisdiction by name. */
    record Line(Drill drill, String enterprise, String jurisdiction) {
    }
}
