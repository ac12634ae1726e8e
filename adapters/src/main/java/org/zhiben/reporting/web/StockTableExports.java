package org.zhiben.reporting.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardStockFigures;
import org.zhiben.organization.Industries;
import org.zhiben.organization.Jurisdictions;
import org.zhiben.platform.export.ExportCell;
import org.zhiben.platform.export.ExportTable;
import org.zhiben.platform.export.HeaderCell;
import org.zhiben.platform.web.ui.UiFormats;
import org.zhiben.reporting.StockRollUp;
import org.zhiben.reporting.StockTable;
import org.zhiben.reporting.StockTableRow;

/**
 * 附表1 (事故隐患动态存量统计表) as the platform's export table, laid out as the form: a heading of two rows — 期初存量
 * over 合计 and 其中2023年及以前, 本月新增 over 合计 and each discovery channel, 期末存量 over 合计, 其中逾期 and
 * 其中挂牌督办 — a line per jurisdiction and industry, the total line, the unit, month and revision under the title and
 * how the rate is computed under the table. Every figure is a number; the rate a percentage. The prefecture roll-up is
 * one workbook: the prefecture's total first, then a sheet per reporting unit.
 */
@Component
public class StockTableExports {

    private final Jurisdictions jurisdictions;
    private final Industries industries;
    private final MessageSource messages;

    StockTableExports(Jurisdictions jurisdictions, Industries industries, MessageSource messages) {
        this.jurisdictions = jurisdictions;
        this.industries = industries;
        this.messages = messages;
    }

    /** One unit's (or the prefecture's) 附表1 of a month; {@code revision} null for a table not submitted. */
    public ExportTable table(StockTable table, Integer revision) {
        Map<String, String> jurisdictionNames = jurisdictionNames();
        Map<String, String> industryNames = industryNames();
        List<NamedLine> lines = table.rows().stream().map(row -> new NamedLine(
                jurisdictionNames.getOrDefault(row.jurisdiction().value(), ""),
                industryNames.getOrDefault(row.industry().value(), ""), row.figures())).toList();
        return build(lines, table.total(), table.isPrefecture() ? text("stx.prefecture")
                        : UiFormats.english() ? table.unit().nameEn() : table.unit().name(),
                table.isPrefecture() ? text("stx.prefecture-sheet") : table.unit().shortName(), table.month(),
                table.stockFoundOnOrBefore(), revision);
    }

    /**
     * A submitted revision's 附表1 exactly as it was frozen: its figures and, in Chinese, the names of the unit,
     * jurisdictions and industries as they read then (in English the English names where they are known).
     */
    public ExportTable frozen(FrozenStockTable table, int revision, String sheetName) {
        Map<String, String> jurisdictionNames = UiFormats.english() ? jurisdictionNames() : Map.of();
        Map<String, String> industryNames = UiFormats.english() ? industryNames() : Map.of();
        List<NamedLine> lines = table.rows().stream().map(row -> new NamedLine(
                jurisdictionNames.getOrDefault(row.jurisdiction(), row.jurisdictionName()),
                industryNames.getOrDefault(row.industry(), row.industryName()), row.figures())).toList();
        return build(lines, table.total(), table.unitName(), sheetName, table.month(), table.stockFoundOnOrBefore(),
                revision);
    }

    private record NamedLine(String jurisdiction, String industry, HazardStockFigures figures) {
    }

    private Map<String, String> jurisdictionNames() {
        Map<String, String> names = new HashMap<>();
        jurisdictions.findAll().forEach(j -> names.put(j.code().value(), UiFormats.english() ? j.nameEn() : j.name()));
        return names;
    }

    private Map<String, String> industryNames() {
        Map<String, String> names = new HashMap<>();
        industries.findAll().forEach(i -> names.put(i.code().value(), UiFormats.english() ? i.nameEn() : i.name()));
        return names;
    }

    private ExportTable build(List<NamedLine> lines, HazardStockFigures totals, String unitName, String sheetName,
            YearMonth month, LocalDate stockFoundOnOrBefore, Integer revision) {
        List<List<ExportCell>> body = new ArrayList<>();
        int line = 1;
        for (NamedLine row : lines) {
            List<ExportCell> cells = new ArrayList<>();
            cells.add(ExportCell.count(line++));
            cells.add(ExportCell.text(row.jurisdiction()));
            cells.add(ExportCell.text(row.industry()));
            cells.addAll(figures(row.figures()));
            body.add(cells);
        }
        List<ExportCell> total = new ArrayList<>();
        total.add(ExportCell.empty());
        total.add(ExportCell.text(text("stx.total")));
        total.add(ExportCell.empty());
        total.addAll(figures(totals));
        body.add(total);

        int channels = DiscoveryChannel.values().length;
        List<HeaderCell> first = List.of(HeaderCell.down(text("stx.line"), 2),
                HeaderCell.down(text("stx.jurisdiction"), 2), HeaderCell.down(text("stx.industry"), 2),
                HeaderCell.across(text("stx.opening"), 2), HeaderCell.across(text("stx.new"), channels + 1),
                HeaderCell.down(text("stx.written-off"), 2), HeaderCell.down(text("stx.cancelled"), 2),
                HeaderCell.across(text("stx.closing"), 3), HeaderCell.down(text("stx.rate"), 2));
        List<HeaderCell> second = new ArrayList<>();
        second.add(HeaderCell.of(text("stx.sum")));
        second.add(HeaderCell.of(baseline(stockFoundOnOrBefore)));
        second.add(HeaderCell.of(text("stx.sum")));
        for (DiscoveryChannel channel : DiscoveryChannel.values()) {
            second.add(HeaderCell.of(text("hz.channel." + channel.name())));
        }
        second.add(HeaderCell.of(text("stx.sum")));
        second.add(HeaderCell.of(text("stx.closing-overdue")));
        second.add(HeaderCell.of(text("stx.closing-listed")));

        List<Integer> widths = new ArrayList<>(List.of(6, 14, 22, 8, 12, 8));
        for (int c = 0; c < channels; c++) {
            widths.add(12);
        }
        widths.addAll(List.of(8, 8, 8, 10, 12, 10));
        ExportTable exported = ExportTable.of(text("stx.title"), List.of(first, second), body)
                .withUnit(unitName)
                .withPeriod(month(month))
                .withNotes(List.of(text("stx.note.scope", baseline(stockFoundOnOrBefore)),
                        text("stx.note.rate"), text("stx.note.signatures")))
                .withSheetName(sheetName)
                .withWidths(widths);
        return revision == null ? exported : exported.withRevision(revision);
    }

    /** The roll-up of a month: the prefecture's table, then each reporting unit's, a sheet each. */
    public List<ExportTable> rollUp(StockRollUp rollUp) {
        List<ExportTable> tables = new ArrayList<>();
        tables.add(table(rollUp.prefecture(), null));
        rollUp.units().forEach(unit -> tables.add(table(unit, null)));
        return tables;
    }

    /** The month as the form writes it: 2026年11月 (2026-11 in English). */
    public String month(YearMonth month) {
        return UiFormats.english() ? month.toString() : month.getYear() + "年" + month.getMonthValue() + "月";
    }

    private List<ExportCell> figures(HazardStockFigures figures) {
        List<ExportCell> cells = new ArrayList<>();
        cells.add(ExportCell.count(figures.openingStock()));
        cells.add(ExportCell.count(figures.openingFoundByBaseline()));
        cells.add(ExportCell.count(figures.newTotal()));
        for (DiscoveryChannel channel : DiscoveryChannel.values()) {
            cells.add(ExportCell.count(figures.newByChannel().getOrDefault(channel, 0L)));
        }
        cells.add(ExportCell.count(figures.writtenOff()));
        cells.add(ExportCell.count(figures.cancelled()));
        cells.add(ExportCell.count(figures.closingStock()));
        cells.add(ExportCell.count(figures.closingOverdue()));
        cells.add(ExportCell.count(figures.closingListed()));
        BigDecimal rate = figures.rectificationRate();
        cells.add(rate == null ? ExportCell.text("—")
                : ExportCell.percent(rate.divide(BigDecimal.valueOf(100), MathContext.DECIMAL64), 1));
        return cells;
    }

    /** 其中2023年及以前 for a baseline at a year's end, else 其中2024年3月31日及以前. */
    public String baseline(LocalDate day) {
        if (MonthDay.from(day).equals(MonthDay.of(12, 31))) {
            return text("stx.opening-baseline-year", String.valueOf(day.getYear()));
        }
        return text("stx.opening-baseline-day", UiFormats.english() ? day.toString()
                : day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日");
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
