package org.zhiben.reporting.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.campaign.CampaignTargets;
import org.zhiben.campaign.TargetMeasure;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardStatus;
import org.zhiben.hazards.HazardStock;
import org.zhiben.hazards.HazardStockFigures;
import org.zhiben.hazards.HazardStockRow;
import org.zhiben.hazards.HazardStockSource;
import org.zhiben.reporting.HazardStockLine;
import org.zhiben.reporting.LocatedStockLine;
import org.zhiben.reporting.ReportingUnit;
import org.zhiben.reporting.ReportingUnitKind;
import org.zhiben.reporting.ReportingUnits;
import org.zhiben.reporting.StockLines;
import org.zhiben.reporting.StockRollUp;
import org.zhiben.reporting.StockTable;
import org.zhiben.reporting.StockTableRow;
import org.zhiben.reporting.StockTables;
import org.zhiben.reporting.StockTrendPoint;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.UnitCode;

/**
 * Reads 附表1 from the stock read model. A whole month for a scope of jurisdictions and industries reads, for each
 * jurisdiction × industry, its last monthly row at or before the month ({@code stock_month}: the month's changes and
 * the running sums at its end — the stock, overdue and listed), not every month before it; any other
 * period, or a scope that names enterprises, is aggregated from the hazards' lines ({@code stock_hazard}) by
 * {@link StockLines}. Before answering it waits (a few seconds at most) until the events of the last minute have
 * reached the read model, so that a change just made shows in the table read right after it.
 */
@Component
@Transactional(readOnly = true)
class StockFiguresReader implements StockTables, HazardStockSource {

    static final String LISTENER = "org.zhiben.reporting.listeners.HazardStockListener";
    private static final long WAIT_MILLIS = 5_000;

    private final JdbcTemplate jdbc;
    private final ReportingUnits units;
    private final CampaignTargets targets;

    StockFiguresReader(JdbcTemplate jdbc, ReportingUnits units, CampaignTargets targets) {
        this.jdbc = jdbc;
        this.units = units;
        this.targets = targets;
    }

    // ------------------------------------------------------------------------------------------ HazardStockSource

    @Override
    public HazardStock stock(LocalDate from, LocalDate to, JurisdictionCode jurisdiction, IndustryCode industry,
            DataScope scope) {
        HazardStock.requirePeriod(from, to);
        awaitEvents();
        YearMonth month = YearMonth.from(from);
        if (from.equals(month.atDay(1)) && to.equals(month.atEndOfMonth()) && scope.enterpriseIds().isEmpty()) {
            List<HazardStockRow> rows = monthRows(month, scope, jurisdiction, industry);
            return new HazardStock(from, to, baseline(), rows, total(rows));
        }
        return StockLines.table(lines(from, to, scope, jurisdiction, industry), from, to, baseline());
    }

    // ------------------------------------------------------------------------------------------------ StockTables

    @Override
    public StockTable ofUnit(UnitCode code, YearMonth month) {
        ReportingUnit unit = units.findByCode(code).orElseThrow(() -> new NotFoundException("ReportingUnit", code));
        awaitEvents();
        List<HazardStockRow> rows = monthRows(month, scopeOf(unit), null, null);
        return table(month, unit, rows);
    }

    @Override
    public StockTable ofScope(DataScope scope, YearMonth month) {
        awaitEvents();
        return table(month, null, monthRows(month, scope, null, null));
    }

    @Override
    public StockRollUp rollUp(YearMonth month) {
        awaitEvents();
        List<HazardStockRow> all = monthRows(month, DataScope.wholePrefecture(), null, null);
        List<ReportingUnit> reporting = units.findAll();
        // which units count a row: the counties and ports by its jurisdiction, the member units by its industry
        Map<JurisdictionCode, List<ReportingUnit>> byJurisdiction = new HashMap<>();
        Map<IndustryCode, List<ReportingUnit>> byIndustry = new HashMap<>();
        Map<ReportingUnit, List<HazardStockRow>> rowsOf = new LinkedHashMap<>();
        for (ReportingUnit unit : reporting) {
            rowsOf.put(unit, new ArrayList<>());
            unit.jurisdictions().forEach(j -> byJurisdiction.computeIfAbsent(j, k -> new ArrayList<>()).add(unit));
            unit.industries().forEach(i -> byIndustry.computeIfAbsent(i, k -> new ArrayList<>()).add(unit));
        }
        for (HazardStockRow row : all) {
            for (ReportingUnit unit : byJurisdiction.getOrDefault(row.jurisdiction(), List.of())) {
                if (unit.covers(row.jurisdiction(), row.industry())) {
                    rowsOf.get(unit).add(row);
                }
            }
            for (ReportingUnit unit : byIndustry.getOrDefault(row.industry(), List.of())) {
                if (unit.covers(row.jurisdiction(), row.industry())) {
                    rowsOf.get(unit).add(row);
                }
            }
        }
        List<StockTable> tables = new ArrayList<>();
        rowsOf.forEach((unit, rows) -> tables.add(table(month, unit, rows)));
        return new StockRollUp(month, table(month, null, all), tables);
    }

    @Override
    public List<StockTrendPoint> trend(DataScope scope, YearMonth from, YearMonth to) {
        awaitEvents();
        Map<YearMonth, long[]> changes = new TreeMap<>();
        jdbc.query("select month, sum(new_self_inspection), sum(new_supervisory), sum(new_tip_off), "
                + "sum(new_found_by_baseline), sum(written_off), sum(cancelled), sum(left_found_by_baseline), "
                + "sum(overdue_change), sum(listed_change) from reporting.stock_month where month <= ? and "
                + SCOPE + " group by month order by month", rs -> {
                    long[] values = new long[9];
                    for (int i = 0; i < 9; i++) {
                        values[i] = rs.getLong(i + 2);
                    }
                    changes.put(YearMonth.from(rs.getDate(1).toLocalDate()), values);
                }, scopeArguments(Date.valueOf(to.atDay(1)), scope, null, null));
        List<StockTrendPoint> points = new ArrayList<>();
        long opening = 0;
        long openingBaseline = 0;
        long overdue = 0;
        long listed = 0;
        for (YearMonth month = changes.isEmpty() ? from : firstOf(changes, from); !month.isAfter(to);
                month = month.plusMonths(1)) {
            long[] c = changes.getOrDefault(month, new long[9]);
            long fresh = c[0] + c[1] + c[2];
            overdue += c[7];
            listed += c[8];
            if (!month.isBefore(from)) {
                Map<DiscoveryChannel, Long> byChannel = new EnumMap<>(DiscoveryChannel.class);
                byChannel.put(DiscoveryChannel.SELF_INSPECTION, c[0]);
                byChannel.put(DiscoveryChannel.SUPERVISORY_INSPECTION, c[1]);
                byChannel.put(DiscoveryChannel.VERIFIED_TIP_OFF, c[2]);
                points.add(new StockTrendPoint(month, HazardStockFigures.of(opening, openingBaseline, byChannel, c[4],
                        c[5], opening + fresh - c[4] - c[5], overdue, listed)));
            }
            opening += fresh - c[4] - c[5];
            openingBaseline += c[3] - c[6];
        }
        return points;
    }

    private static YearMonth firstOf(Map<YearMonth, long[]> changes, YearMonth from) {
        YearMonth first = changes.keySet().iterator().next();
        return first.isBefore(from) ? first : from;
    }

    // ---------------------------------------------------------------------------------------------------- queries

    /** A data scope's filter: prefecture-wide, or its jurisdictions or its industries. */
    private static final String SCOPE = "(? or jurisdiction = any(?) or industry = any(?)) "
            + "and (cast(? as text) is null or jurisdiction = ?) and (cast(? as text) is null or industry = ?)";

    private static Object[] scopeArguments(Object first, DataScope scope, JurisdictionCode jurisdiction,
            IndustryCode industry) {
        String j = jurisdiction == null ? null : jurisdiction.value();
        String i = industry == null ? null : industry.value();
        return new Object[] {first, scope.prefectureWide(),
                scope.jurisdictions().stream().map(JurisdictionCode::value).toArray(String[]::new),
                scope.industries().stream().map(IndustryCode::value).toArray(String[]::new), j, j, i, i};
    }

    /**
     * The rows of 附表1 for a month: for each jurisdiction × industry in the scope, its last monthly row at or before
     * the month (an index probe each) — the month's own changes when the row is of that month, and the running sums
     * at its end, from which the opening stock follows.
     */
    private List<HazardStockRow> monthRows(YearMonth month, DataScope scope, JurisdictionCode jurisdiction,
            IndustryCode industry) {
        Date first = Date.valueOf(month.atDay(1));
        List<HazardStockRow> rows = new ArrayList<>();
        jdbc.query("""
                select p.jurisdiction, p.industry, b.month, b.new_self_inspection, b.new_supervisory, b.new_tip_off,
                       b.new_found_by_baseline, b.written_off, b.cancelled, b.left_found_by_baseline,
                       b.stock_after, b.baseline_after, b.overdue_after, b.listed_after
                from reporting.stock_pair p
                cross join lateral (select m.month, m.new_self_inspection, m.new_supervisory, m.new_tip_off,
                        m.new_found_by_baseline, m.written_off, m.cancelled, m.left_found_by_baseline,
                        m.stock_after, m.baseline_after, m.overdue_after, m.listed_after
                    from reporting.stock_month m
                    where m.jurisdiction = p.jurisdiction and m.industry = p.industry and m.month <= ?
                    order by m.month desc limit 1) b
                where""" + " " + SCOPE + """

                order by p.jurisdiction, p.industry""", rs -> {
                    HazardStockRow row = row(rs, first.toLocalDate());
                    if (row.figures().openingStock() + row.figures().newTotal() > 0) {
                        rows.add(row);
                    }
                }, scopeArguments(first, scope, jurisdiction, industry));
        return rows;
    }

    private static HazardStockRow row(ResultSet rs, LocalDate month) throws SQLException {
        boolean ofTheMonth = rs.getDate("month").toLocalDate().equals(month);
        Map<DiscoveryChannel, Long> fresh = new EnumMap<>(DiscoveryChannel.class);
        fresh.put(DiscoveryChannel.SELF_INSPECTION, ofTheMonth ? rs.getLong("new_self_inspection") : 0);
        fresh.put(DiscoveryChannel.SUPERVISORY_INSPECTION, ofTheMonth ? rs.getLong("new_supervisory") : 0);
        fresh.put(DiscoveryChannel.VERIFIED_TIP_OFF, ofTheMonth ? rs.getLong("new_tip_off") : 0);
        long writtenOff = ofTheMonth ? rs.getLong("written_off") : 0;
        long cancelled = ofTheMonth ? rs.getLong("cancelled") : 0;
        long closing = rs.getLong("stock_after");
        long newTotal = fresh.values().stream().mapToLong(Long::longValue).sum();
        long opening = closing - newTotal + writtenOff + cancelled;
        long openingBaseline = rs.getLong("baseline_after") - (ofTheMonth
                ? rs.getLong("new_found_by_baseline") - rs.getLong("left_found_by_baseline") : 0);
        return new HazardStockRow(JurisdictionCode.of(rs.getString("jurisdiction")),
                IndustryCode.of(rs.getString("industry")), HazardStockFigures.of(opening, openingBaseline, fresh,
                        writtenOff, cancelled, closing, rs.getLong("overdue_after"), rs.getLong("listed_after")));
    }

    private List<LocatedStockLine> lines(LocalDate from, LocalDate to, DataScope scope, JurisdictionCode jurisdiction,
            IndustryCode industry) {
        String j = jurisdiction == null ? null : jurisdiction.value();
        String i = industry == null ? null : industry.value();
        return jdbc.query("""
                select hazard_id, enterprise_id, jurisdiction, industry, entered_on, channel, found_by_baseline,
                       closed_on, closed_by, overdue_spans, listed_spans
                from reporting.stock_hazard
                where entered_on is not null and entered_on <= ? and (closed_on is null or closed_on >= ?)
                  and (? or jurisdiction = any(?) or industry = any(?) or enterprise_id = any(?))
                  and (cast(? as text) is null or jurisdiction = ?) and (cast(? as text) is null or industry = ?)""",
                (rs, n) -> {
                    Date closed = rs.getDate("closed_on");
                    String closedBy = rs.getString("closed_by");
                    return new LocatedStockLine(rs.getObject("hazard_id", UUID.class),
                            rs.getObject("enterprise_id", UUID.class), JurisdictionCode.of(rs.getString("jurisdiction")),
                            IndustryCode.of(rs.getString("industry")), new HazardStockLine(
                                    rs.getDate("entered_on").toLocalDate(),
                                    DiscoveryChannel.valueOf(rs.getString("channel")),
                                    rs.getBoolean("found_by_baseline"), closed == null ? null : closed.toLocalDate(),
                                    closedBy == null ? null : HazardStatus.valueOf(closedBy),
                                    StockSpans.read(rs.getString("overdue_spans")),
                                    StockSpans.read(rs.getString("listed_spans"))));
                }, Date.valueOf(to), Date.valueOf(from), scope.prefectureWide(),
                scope.jurisdictions().stream().map(JurisdictionCode::value).toArray(String[]::new),
                scope.industries().stream().map(IndustryCode::value).toArray(String[]::new),
                scope.enterpriseIds().toArray(UUID[]::new), j, j, i, i);
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private StockTable table(YearMonth month, ReportingUnit unit, List<HazardStockRow> rows) {
        return new StockTable(month, unit, baseline(), rows.stream()
                .map(r -> new StockTableRow(r.jurisdiction(), r.industry(), r.figures())).toList(), total(rows));
    }

    private static HazardStockFigures total(List<HazardStockRow> rows) {
        HazardStockFigures total = HazardStockFigures.none();
        for (HazardStockRow row : rows) {
            total = total.plus(row.figures());
        }
        return total;
    }

    private static DataScope scopeOf(ReportingUnit unit) {
        return unit.kind() == ReportingUnitKind.MEMBER_UNIT ? DataScope.industries(unit.industries())
                : DataScope.jurisdictions(unit.jurisdictions());
    }

    private LocalDate baseline() {
        return targets.measuredBy(TargetMeasure.MAJOR_HAZARD_STOCK_CLEARED).orElseThrow().foundOnOrBefore();
    }

    /**
     * Waits until the stock listener has handled the hazard events still in flight (at most {@value #WAIT_MILLIS} ms);
     * an event whose delivery failed is left to the registry's redelivery. In flight is told by the publication's
     * status, not its date, which follows the application's clock.
     */
    private void awaitEvents() {
        long until = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < until) {
            Long pending = jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
                    + "and listener_id like ? and (status is null or status <> 'FAILED')", Long.class,
                    LISTENER + "%");
            if (pending == null || pending == 0) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
