package org.zhiben.training.web.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhiben.organization.Industries;
import org.zhiben.organization.Jurisdictions;
import org.zhiben.platform.web.ui.BarChart;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.platform.web.ui.UiFormats;
import org.zhiben.training.Coverage;
import org.zhiben.training.FocusGroup;
import org.zhiben.training.application.ReadCoverage;

/**
 * The plan's yearly focus groups of training (task 4) and, for each, its coverage by jurisdiction as a chart and the
 * table behind it, with the enterprises still untrained — all within the caller's data scope.
 */
@PageController
@RequestMapping("/training/focus-groups")
class FocusGroupPages {

    private final ReadCoverage read;
    private final Jurisdictions jurisdictions;
    private final Industries industries;
    private final MessageSource messages;

    FocusGroupPages(ReadCoverage read, Jurisdictions jurisdictions, Industries industries, MessageSource messages) {
        this.read = read;
        this.jurisdictions = jurisdictions;
        this.industries = industries;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        PageAccess.require(TrainingPages.READ);
        model.addAttribute("lines", read.groups().stream()
                .map(group -> new GroupLine(group, read.coverage(group.code(), null).total())).toList());
        return "training/focus-groups";
    }

    @GetMapping("/{code}")
    String coverage(@PathVariable String code, @RequestParam Optional<Integer> year, Model model) {
        PageAccess.require(TrainingPages.READ);
        Coverage coverage = read.coverage(code, year.orElse(null));
        Map<String, String> jurisdictionNames = jurisdictions.findAll().stream().collect(Collectors.toMap(
                j -> j.code().value(), j -> UiFormats.english() ? j.nameEn() : j.name()));
        Map<String, String> industryNames = industries.findAll().stream().collect(Collectors.toMap(
                i -> i.code().value(), i -> UiFormats.english() ? i.nameEn() : i.name()));
        FocusGroup group = coverage.group();
        String groupName = UiFormats.english() ? group.nameEn() : group.name();
        List<BarChart.Line> lines = coverage.rows().stream().map(row -> new BarChart.Line(
                jurisdictionNames.getOrDefault(row.jurisdiction().value(), row.jurisdiction().value()), row.trained(),
                row.required(), text("training.coverage.bar", row.trained(), row.required(), percent(row))))
                .toList();
        String description = coverage.rows().isEmpty() ? text("training.coverage.chart.none")
                : coverage.rows().stream().map(row -> text("training.coverage.chart.line",
                        jurisdictionNames.getOrDefault(row.jurisdiction().value(), row.jurisdiction().value()),
                        row.trained(), row.required(), percent(row))).collect(Collectors.joining(text(
                        "training.coverage.chart.separator")));
        model.addAttribute("coverage", coverage);
        model.addAttribute("groupName", groupName);
        model.addAttribute("roleLabel", text("training.role." + group.role().name()));
        model.addAttribute("years", List.of(group.year(), group.year() + 1, group.year() + 2));
        model.addAttribute("chart", BarChart.of("coverage-chart",
                text("training.coverage.chart.title", groupName, String.valueOf(coverage.year())), description,
                lines));
        model.addAttribute("jurisdictionNames", jurisdictionNames);
        model.addAttribute("industryNames", industryNames);
        return "training/coverage";
    }

    private String percent(Coverage.Row row) {
        return row.percent() == null ? "—" : row.percent() + "%";
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }

    /** A group with the total of its coverage in its own year. */
    record GroupLine(FocusGroup group, Coverage.Row total) {
    }
}
