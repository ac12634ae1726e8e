package org.zhiben.hazards.web;

import org.zhiben.identity.CurrentActors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.campaign.ReportSubject;
import org.zhiben.campaign.ReportingObligations;
import org.zhiben.hazards.application.ComputeCampaignIndicators;
import org.zhiben.hazards.HazardStock;
import org.zhiben.hazards.HazardStockSource;
import org.zhiben.hazards.application.ComputeHazardStockQuery;
import org.zhiben.hazards.web.HazardResponses.IndicatorsView;
import org.zhiben.hazards.web.HazardResponses.ReportView;
import org.zhiben.hazards.web.HazardResponses.StockView;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.InvalidValueException;

/**
 * The dynamic hazard stock statistics (附表1 自治州事故隐患动态存量统计表) per jurisdiction × industry with the total, for
 * any period or reporting month, and the campaign's three major-hazard targets. The table is read from the stock read
 * model ({@link HazardStockSource}) that the hazards' events keep: a past period always gives the same figures. Every
 * figure counts only the hazards inside the caller's data scope (the whole prefecture for prefecture-wide callers).
 */
@Tag(name = "Major hazard statistics", description = "附表1 事故隐患动态存量统计表与三年目标指标")
@RestController
@RequestMapping("/api/v1/hazards")
class HazardStatisticsController {

    private final HazardStockSource stockSource;
    private final ComputeCampaignIndicators computeCampaignIndicators;
    private final CurrentActors currentActors;
    private final ReportingObligations reportingObligations;

    HazardStatisticsController(HazardStockSource stockSource,
            ComputeCampaignIndicators computeCampaignIndicators, CurrentActors currentActors,
            ReportingObligations reportingObligations) {
        this.currentActors = currentActors;
        this.reportingObligations = reportingObligations;
        this.stockSource = stockSource;
        this.computeCampaignIndicators = computeCampaignIndicators;
    }

    @Operation(summary = "附表1 for a period (both days included), optionally for one jurisdiction and/or industry; "
            + "for a whole calendar month, report as for the month")
    @GetMapping("/stock")
    StockView stock(@RequestParam LocalDate from, @RequestParam LocalDate to,
            @RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String industry) {
        ComputeHazardStockQuery query = new ComputeHazardStockQuery(from, to,
                RequestValues.jurisdiction(jurisdiction, "jurisdiction"), RequestValues.industry(industry, "industry"),
                currentActors.scope());
        YearMonth month = YearMonth.from(from);
        ReportView report = from.equals(month.atDay(1)) && to.equals(month.atEndOfMonth()) ? report(month) : null;
        return StockView.of(stock(query), report);
    }

    @Operation(summary = "附表1 of a reporting month (每月底前报送), e.g. month=2025-02; report: when and to which unit "
            + "the plan wants it, for a month it requires it for")
    @GetMapping("/stock/monthly")
    StockView monthly(@RequestParam String month, @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String industry) {
        YearMonth yearMonth;
        try {
            yearMonth = YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("month", "hazard.stock.month-invalid",
                    "the month must be written as yyyy-MM", month);
        }
        ComputeHazardStockQuery query = ComputeHazardStockQuery.ofMonth(yearMonth,
                RequestValues.jurisdiction(jurisdiction, "jurisdiction"), RequestValues.industry(industry, "industry"),
                currentActors.scope());
        ReportView report = report(yearMonth);
        return StockView.of(stock(query), report);
    }

    private HazardStock stock(ComputeHazardStockQuery query) {
        return stockSource.stock(query.periodStart(), query.periodEnd(), query.jurisdiction(), query.industry(),
                query.scope());
    }

    /** The plan's obligation to report the table of this month, if it has one for the month. */
    private ReportView report(YearMonth month) {
        return reportingObligations.about(ReportSubject.HAZARD_STOCK_TABLE)
                .flatMap(o -> o.dueFor(month).map(due -> new ReportView(o.code(), o.form(), due,
                        o.submitTo() == null ? null : o.submitTo().value())))
                .orElse(null);
    }

    @Operation(summary = "The campaign's three major-hazard targets as of a day (today by default)")
    @GetMapping("/indicators")
    IndicatorsView indicators(@RequestParam(required = false) LocalDate asOf) {
        DataScope scope = currentActors.scope();
        return IndicatorsView.of(computeCampaignIndicators.execute(asOf, scope));
    }
}
