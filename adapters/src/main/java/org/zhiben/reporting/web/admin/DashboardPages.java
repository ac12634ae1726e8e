package org.zhiben.reporting.web.admin;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.zhiben.campaign.LedgerOverview;
import org.zhiben.campaign.TaskStatus;
import org.zhiben.enforcement.EnforcementFigures;
import org.zhiben.hazards.CampaignIndicators;
import org.zhiben.hazards.EscalationStep;
import org.zhiben.hazards.HazardOverview;
import org.zhiben.organization.Industries;
import org.zhiben.organization.Jurisdictions;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.platform.web.ui.UiFormats;
import org.zhiben.reporting.Punctuality;
import org.zhiben.reporting.ReportingUnits;
import org.zhiben.reporting.StockTrendPoint;
import org.zhiben.reporting.application.ReadDashboard;
import org.zhiben.reporting.application.ReadDashboard.Dashboard;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.training.Coverage;

/**
 * The committee office's dashboard, within the signed-in user's data scope: the whole page, and its panels alone,
 * which the home page loads into itself. Every chart is drawn by ECharts from the options in its {@code data-chart}
 * attribute, and the table behind it is one click away, in a {@code <details>} under the chart. Names, never codes.
 */
@PageController
@RequestMapping("/reporting/dashboard")
class DashboardPages {

    static final String READ = "SCOPE_reporting:read";

    /** The task statuses' colours in their order: completed green, overdue red, in progress blue, not started grey. */
    private static final List<String> STATUS_COLOURS = List.of("#2e7d32", "#b3261e", "#1d5fa8", "#9aa5b1");

    private final ReadDashboard read;
    private final Jurisdictions jurisdictions;
    private final Industries industries;
    private final ReportingUnits reportingUnits;
    private final MessageSource messages;

    DashboardPages(ReadDashboard read, Jurisdictions jurisdictions, Industries industries,
            ReportingUnits reportingUnits, MessageSource messages) {
        this.read = read;
        this.reportingUnits = reportingUnits;
        this.jurisdictions = jurisdictions;
        this.industries = industries;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        fill(model);
        return "reporting-dashboard/page";
    }

    /** The panels alone, for the home page to load into itself. */
    @GetMapping("/panels")
    String panels(Model model) {
        fill(model);
        return "reporting-dashboard/page :: panels";
    }

    private void fill(Model model) {
        PageAccess.require(READ);
        Dashboard dashboard = read.read();
        Map<String, String> jurisdictionNames = new LinkedHashMap<>();
        jurisdictions.findAll().forEach(j -> jurisdictionNames.put(j.code().value(), pick(j.name(), j.nameEn())));
        Map<String, String> industryNames = new LinkedHashMap<>();
        industries.findAll().forEach(i -> industryNames.put(i.code().value(), pick(i.name(), i.nameEn())));
        HazardOverview.Situation hazards = dashboard.hazards();

        model.addAttribute("dashboard", dashboard);
        model.addAttribute("prefectureWide", dashboard.scope().prefectureWide());
        model.addAttribute("indicators", hazards.indicators());
        model.addAttribute("hazards", hazards);
        model.addAttribute("jurisdictionNames", jurisdictionNames);
        model.addAttribute("industryNames", industryNames);
        model.addAttribute("targetsChart", targetsChart(hazards.indicators()));
        List<TrendLine> trend = dashboard.trend().stream()
                .map(point -> new TrendLine(yearMonthName(point.month()), point)).toList();
        model.addAttribute("trend", trend);
        model.addAttribute("trendChart", EChartOptions.columns(trend.stream().map(TrendLine::name).toList())
                .line(text("dash.trend.closing"), trend.stream().map(t -> t.point().figures().closingStock()).toList())
                .line(text("dash.trend.new"), trend.stream().map(t -> t.point().figures().newTotal()).toList())
                .line(text("dash.trend.written-off"),
                        trend.stream().map(t -> t.point().figures().writtenOff()).toList())
                .line(text("dash.trend.overdue"),
                        trend.stream().map(t -> t.point().figures().closingOverdue()).toList())
                .colors(List.of("#1d5fa8", "#e0a800", "#2e7d32", "#b3261e")).json());

        List<JurisdictionLine> byJurisdiction = byJurisdiction(hazards, jurisdictionNames);
        model.addAttribute("byJurisdiction", byJurisdiction);
        model.addAttribute("stockChart", stockChart(hazards, byJurisdiction, industryNames));
        model.addAttribute("overdueChart", EChartOptions.rows(byJurisdiction.stream().map(JurisdictionLine::name)
                        .toList())
                .bars(text("dash.hazards.in-stock"), byJurisdiction.stream().map(JurisdictionLine::inStock).toList())
                .bars(text("dash.hazards.overdue"), byJurisdiction.stream().map(JurisdictionLine::overdue).toList())
                .bars(text("dash.hazards.listed"), byJurisdiction.stream().map(JurisdictionLine::listed).toList())
                .colors(List.of("#1d5fa8", "#b3261e", "#e0a800")).json());
        List<String> ladderNames = new ArrayList<>();
        List<Long> ladderCounts = new ArrayList<>();
        ladderNames.add(text("dash.ladder.none"));
        ladderCounts.add(hazards.overdueNoStep());
        for (EscalationStep step : EscalationStep.values()) {
            ladderNames.add(text("hz.escalation.step." + step.name()));
            ladderCounts.add(hazards.ladder().get(step));
        }
        model.addAttribute("ladderSteps", EscalationStep.values());
        model.addAttribute("ladderChart", EChartOptions.columns(ladderNames)
                .bars(text("dash.ladder.series"), ladderCounts).json());

        List<LedgerOverview.GroupStatuses> ledger = dashboard.ledger();
        model.addAttribute("ledger", ledger);
        model.addAttribute("statuses", TaskStatus.values());
        EChartOptions ledgerChart = EChartOptions.rows(ledger.stream()
                .map(g -> pick(g.group().title(), g.group().titleEn())).toList());
        for (TaskStatus status : TaskStatus.values()) {
            ledgerChart.stackedBars(text("ui.task.status." + status.name()),
                    ledger.stream().map(g -> g.counts().get(status)).toList());
        }
        model.addAttribute("ledgerChart", ledgerChart.colors(STATUS_COLOURS).json());

        List<MonthLine> months = dashboard.enforcement().entrySet().stream()
                .map(e -> new MonthLine(e.getKey(), monthName(e.getKey()), e.getValue())).toList();
        model.addAttribute("enforcementMonths", months);
        model.addAttribute("enforcementTotal", dashboard.enforcementTotal());
        model.addAttribute("enforcementYear", String.valueOf(dashboard.today().getYear()));
        model.addAttribute("enforcementChart", EChartOptions.columns(months.stream().map(MonthLine::name).toList())
                .bars(text("enf.stats.inspections"), months.stream().map(m -> m.figures().inspections()).toList())
                .bars(text("enf.stats.inspections-with-findings"),
                        months.stream().map(m -> m.figures().inspectionsWithFindings()).toList())
                .bars(text("enf.stats.cases"), months.stream().map(m -> m.figures().cases()).toList())
                .json());

        punctuality(dashboard, model);

        List<CoverageLine> coverage = dashboard.training().stream().map(c -> new CoverageLine(
                text("dash.training.group", String.valueOf(c.year()), pick(c.group().name(), c.group().nameEn())),
                c)).toList();
        model.addAttribute("coverage", coverage);
        model.addAttribute("trainingChart", EChartOptions.rows(coverage.stream().map(CoverageLine::name).toList())
                .bars(text("dash.training.percent"), coverage.stream()
                        .map(line -> line.coverage().total().percent() == null ? 0 : line.coverage().total().percent())
                        .toList())
                .percent().json());
    }

    private void punctuality(Dashboard dashboard, Model model) {
        Map<Punctuality, Long> counts = new EnumMap<>(Punctuality.class);
        for (Punctuality standing : Punctuality.values()) {
            counts.put(standing, dashboard.punctuality().stream().filter(u -> u.punctuality() == standing).count());
        }
        model.addAttribute("punctualityPeriod", dashboard.stockTablePeriod());
        model.addAttribute("punctuality", dashboard.punctuality());
        model.addAttribute("punctualityCounts", counts);
        Map<String, String> unitNames = new LinkedHashMap<>();
        reportingUnits.findAll().forEach(unit -> unitNames.put(unit.code().value(), pick(unit.name(), unit.nameEn())));
        model.addAttribute("reportingUnitNames", unitNames);
        model.addAttribute("punctualityChart", EChartOptions.columns(counts.keySet().stream()
                        .map(standing -> text("reporting.punctuality." + standing.name())).toList())
                .bars(text("dash.punctuality.units"), List.copyOf(counts.values()))
                .json());
    }

    private String targetsChart(CampaignIndicators indicators) {
        var targets = indicators.targets();
        List<String> names = List.of(
                text("dash.targets.stock", String.valueOf(targets.stockFoundOnOrBefore().getYear())),
                text("dash.targets.increment", String.valueOf(targets.incrementMeasuredOn().getYear()),
                        String.valueOf(targets.previousYearEnd().getYear())),
                text("dash.targets.overdue"));
        return EChartOptions.columns(names)
                .bars(text("dash.targets.now"), List.of(indicators.stockRemaining(),
                        indicators.newMajorInTargetYear(), indicators.overdueAtTarget()))
                .bars(text("dash.targets.limit"), List.of((long) targets.stockAtMost(),
                        indicators.newMajorInPreviousYear(), (long) targets.overdueAtMost()))
                .json();
    }

    private String stockChart(HazardOverview.Situation hazards, List<JurisdictionLine> byJurisdiction,
            Map<String, String> industryNames) {
        EChartOptions chart = EChartOptions.rows(byJurisdiction.stream().map(JurisdictionLine::name).toList());
        Set<String> industriesShown = new LinkedHashSet<>();
        industryNames.keySet().forEach(code -> {
            if (hazards.lines().stream().anyMatch(l -> l.industry().value().equals(code))) {
                industriesShown.add(code);
            }
        });
        hazards.lines().stream().map(l -> l.industry().value()).forEach(industriesShown::add);
        for (String industry : industriesShown) {
            chart.stackedBars(industryNames.getOrDefault(industry, industry), byJurisdiction.stream()
                    .map(j -> hazards.lines().stream()
                            .filter(l -> l.jurisdiction().equals(j.code()) && l.industry().value().equals(industry))
                            .mapToLong(HazardOverview.Line::inStock).sum())
                    .toList());
        }
        return chart.json();
    }

    private static List<JurisdictionLine> byJurisdiction(HazardOverview.Situation hazards,
            Map<String, String> names) {
        Map<JurisdictionCode, List<HazardOverview.Line>> grouped = hazards.lines().stream()
                .collect(Collectors.groupingBy(HazardOverview.Line::jurisdiction, LinkedHashMap::new,
                        Collectors.toList()));
        List<JurisdictionLine> lines = new ArrayList<>();
        grouped.forEach((code, of) -> lines.add(new JurisdictionLine(code,
                names.getOrDefault(code.value(), code.value()), sum(of, HazardOverview.Line::inStock),
                sum(of, HazardOverview.Line::overdue), sum(of, HazardOverview.Line::listed))));
        return lines;
    }

    private static long sum(List<HazardOverview.Line> lines, ToLongFunction<HazardOverview.Line> figure) {
        return lines.stream().mapToLong(figure).sum();
    }

    private String monthName(YearMonth month) {
        return text("dash.month", String.valueOf(month.getMonthValue()), String.valueOf(month.getYear()));
    }

    private String yearMonthName(YearMonth month) {
        return text("dash.year-month", String.valueOf(month.getMonthValue()), String.valueOf(month.getYear()));
    }

    private static String pick(String chinese, String english) {
        return UiFormats.english() && english != null ? english : chinese;
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }

    /** One month of the stock trend, with the name the chart and table give it. */
    record TrendLine(String name, StockTrendPoint point) {
    }

    /** The major hazards of one jurisdiction, all industries together. */
    record JurisdictionLine(JurisdictionCode code, String name, long inStock, long overdue, long listed) {
    }

    /** One month of this year's enforcement figures. */
    record MonthLine(YearMonth month, String name, EnforcementFigures figures) {
    }

    /** A focus group's coverage in its year, with the name the chart and table give it. */
    record CoverageLine(String name, Coverage coverage) {
    }
}
