package org.zhiben.reporting.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardStockFigures;
import org.zhiben.organization.Industries;
import org.zhiben.organization.Jurisdictions;
import org.zhiben.reporting.ReportKind;
import org.zhiben.reporting.ReportingPeriod;
import org.zhiben.reporting.StockTable;
import org.zhiben.reporting.StockTableRow;
import org.zhiben.reporting.StockTables;
import org.zhiben.reporting.SubmissionContents;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.UnitCode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates a unit's 附表1 for a month from {@link StockTables} (never typed in), as the JSON text that is frozen when
 * the unit submits it. The snapshot carries the names of the unit, jurisdictions and industries as they read when it
 * was generated, so that it shows again exactly as it was submitted. Until the monthly stock read model answers
 * ({@link StockTables}), no 附表1 is generated and preparing one is refused.
 */
@Component
class StockTableContents implements SubmissionContents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ObjectProvider<StockTables> tables;
    private final Jurisdictions jurisdictions;
    private final Industries industries;

    StockTableContents(ObjectProvider<StockTables> tables, Jurisdictions jurisdictions, Industries industries) {
        this.tables = tables;
        this.jurisdictions = jurisdictions;
        this.industries = industries;
    }

    @Override
    public ReportKind kind() {
        return ReportKind.STOCK_TABLE;
    }

    @Override
    public String generate(UnitCode unit, ReportingPeriod period) {
        StockTables source = tables.getIfAvailable();
        if (source == null) {
            throw new RuleViolationException("reporting.submission.no-figures",
                    "the figures this report is generated from are not available", period.kind().name());
        }
        StockTable table = source.ofUnit(unit, period.yearMonth());
        Map<String, String> jurisdictionNames = new LinkedHashMap<>();
        jurisdictions.findAll().forEach(j -> jurisdictionNames.put(j.code().value(), j.name()));
        Map<String, String> industryNames = new LinkedHashMap<>();
        industries.findAll().forEach(i -> industryNames.put(i.code().value(), i.name()));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("form", "附表1 自治州事故隐患动态存量统计表");
        document.put("month", table.month().toString());
        document.put("unit", unit.value());
        document.put("unitName", table.unit() == null ? unit.value() : table.unit().name());
        document.put("stockFoundOnOrBefore", table.stockFoundOnOrBefore().toString());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (StockTableRow row : table.rows()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("jurisdiction", row.jurisdiction().value());
            line.put("jurisdictionName", jurisdictionNames.getOrDefault(row.jurisdiction().value(),
                    row.jurisdiction().value()));
            line.put("industry", row.industry().value());
            line.put("industryName", industryNames.getOrDefault(row.industry().value(), row.industry().value()));
            line.putAll(figures(row.figures()));
            rows.add(line);
        }
        document.put("rows", rows);
        document.put("total", figures(table.total()));
        return JSON.writeValueAsString(document);
    }

    private static Map<String, Object> figures(HazardStockFigures f) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("openingStock", f.openingStock());
        figures.put("openingFoundByBaseline", f.openingFoundByBaseline());
        Map<String, Long> channels = new LinkedHashMap<>();
        for (DiscoveryChannel channel : DiscoveryChannel.values()) {
            channels.put(channel.name(), f.newByChannel().get(channel));
        }
        figures.put("newByChannel", channels);
        figures.put("newTotal", f.newTotal());
        figures.put("writtenOff", f.writtenOff());
        figures.put("cancelled", f.cancelled());
        figures.put("closingStock", f.closingStock());
        figures.put("closingOverdue", f.closingOverdue());
        figures.put("closingListed", f.closingListed());
        figures.put("rectificationRate", f.rectificationRate() == null ? null : f.rectificationRate().toPlainString());
        return figures;
    }
}
