package org.zhiben.reporting.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.zhiben.identity.CurrentActors;
import org.zhiben.platform.export.TableExports;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.reporting.ReportingUnit;
import org.zhiben.reporting.ReportingUnits;
import org.zhiben.reporting.StockTable;
import org.zhiben.reporting.StockTables;
import org.zhiben.reporting.web.StockTableExports;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.UnitCode;

/**
 * 附表1 as files: one reporting unit's month as xlsx or PDF, and the prefecture roll-up of a month as one workbook (the
 * total and a sheet per unit). A unit's table is given to its own users and to those whose data scope covers all it
 * reports on (the whole prefecture, its jurisdictions, its industries); the roll-up to the prefecture-wide. Anything
 * else is not found (404), as a record outside the scope is.
 */
@PageController
@RequestMapping("/reporting/stock-tables")
class StockTableDownloads {

    static final String READ = "SCOPE_reporting:read";

    private final StockTables stockTables;
    private final ReportingUnits units;
    private final StockTableExports tables;
    private final TableExports exports;
    private final CurrentActors caller;

    StockTableDownloads(StockTables stockTables, ReportingUnits units, StockTableExports tables,
            TableExports exports, CurrentActors caller) {
        this.stockTables = stockTables;
        this.units = units;
        this.tables = tables;
        this.exports = exports;
        this.caller = caller;
    }

    @GetMapping("/roll-up/{month}.xlsx")
    void rollUp(@PathVariable String month, HttpServletResponse response) {
        PageAccess.require(READ);
        YearMonth parsed = month(month);
        if (!caller.scope().prefectureWide()) {
            throw new NotFoundException("StockRollUp", month);
        }
        exports.sendXlsx(response, "附表1-" + parsed, tables.rollUp(stockTables.rollUp(parsed)));
    }

    @GetMapping("/{unit}/{month}.xlsx")
    void unitXlsx(@PathVariable String unit, @PathVariable String month, HttpServletResponse response) {
        StockTable table = unitTable(unit, month);
        exports.sendXlsx(response, "附表1-" + table.unit().shortName() + "-" + table.month(),
                List.of(tables.table(table, null)));
    }

    @GetMapping("/{unit}/{month}.pdf")
    void unitPdf(@PathVariable String unit, @PathVariable String month, HttpServletResponse response) {
        StockTable table = unitTable(unit, month);
        exports.sendPdf(response, "附表1-" + table.unit().shortName() + "-" + table.month(),
                tables.table(table, null));
    }

    private StockTable unitTable(String code, String month) {
        PageAccess.require(READ);
        YearMonth parsed = month(month);
        UnitCode unitCode = UnitCode.of(code);
        ReportingUnit unit = units.findByCode(unitCode)
                .filter(this::readable).orElseThrow(() -> new NotFoundException("ReportingUnit", code));
        return stockTables.ofUnit(unit.code(), parsed);
    }

    /** The caller's own unit, or a unit whose jurisdictions or industries lie inside the caller's data scope. */
    private boolean readable(ReportingUnit unit) {
        return unit.code().value().equals(caller.actor().unitCode()) || unit.isWithin(caller.scope());
    }

    private static YearMonth month(String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException malformed) {
            throw new InvalidValueException("month", "reporting.month.malformed", "not a month (yyyy-MM): " + value,
                    value);
        }
    }
}
