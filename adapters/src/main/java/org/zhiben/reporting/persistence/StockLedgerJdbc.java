package org.zhiben.reporting.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhiben.reporting.HazardFact;
import org.zhiben.reporting.HazardStockLine;
import org.zhiben.reporting.StockDelta;
import org.zhiben.reporting.storage.StockLedger;

/** The stock read model in schema {@code reporting}, written with plain SQL in batches. */
@Component
class StockLedgerJdbc implements StockLedger {

    private final JdbcTemplate jdbc;

    StockLedgerJdbc(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, List<HazardFact>> lock(Collection<HazardRef> hazards) {
        List<HazardRef> ordered = hazards.stream().sorted(Comparator.comparing(HazardRef::hazardId)).toList();
        jdbc.batchUpdate("insert into reporting.stock_hazard (hazard_id, enterprise_id, jurisdiction, industry) "
                + "values (?, ?, ?, ?) on conflict (hazard_id) do nothing", ordered, 500, (ps, ref) -> {
                    ps.setObject(1, ref.hazardId());
                    ps.setObject(2, ref.enterpriseId());
                    ps.setString(3, ref.jurisdiction().value());
                    ps.setString(4, ref.industry().value());
                });
        UUID[] ids = ordered.stream().map(HazardRef::hazardId).toArray(UUID[]::new);
        jdbc.query("select hazard_id from reporting.stock_hazard where hazard_id = any(?) order by hazard_id "
                + "for update", rs -> { }, (Object) ids);
        Map<UUID, List<HazardFact>> facts = new HashMap<>();
        jdbc.query("select hazard_id, kind, at, day, value from reporting.stock_fact where hazard_id = any(?)",
                rs -> {
                    Date day = rs.getDate("day");
                    facts.computeIfAbsent(rs.getObject("hazard_id", UUID.class), id -> new ArrayList<>())
                            .add(new HazardFact(HazardFact.Kind.valueOf(rs.getString("kind")),
                                    rs.getTimestamp("at").toInstant(), day == null ? null : day.toLocalDate(),
                                    rs.getString("value")));
                }, (Object) ids);
        return facts;
    }

    @Override
    public void write(Collection<LineChange> changes, Map<MonthKey, StockDelta> monthly) {
        UUID[] replaced = changes.stream().filter(LineChange::replaceFacts).map(c -> c.hazard().hazardId())
                .toArray(UUID[]::new);
        if (replaced.length > 0) {
            jdbc.update("delete from reporting.stock_fact where hazard_id = any(?)", (Object) replaced);
        }
        List<Object[]> facts = new ArrayList<>();
        for (LineChange change : changes) {
            for (HazardFact fact : change.facts()) {
                facts.add(new Object[] {change.hazard().hazardId(), fact.kind().name(), Timestamp.from(fact.at()),
                        fact.day() == null ? null : Date.valueOf(fact.day()), fact.value()});
            }
        }
        jdbc.batchUpdate("insert into reporting.stock_fact (hazard_id, kind, at, day, value) values (?, ?, ?, ?, ?) "
                + "on conflict do nothing", facts);
        jdbc.batchUpdate("update reporting.stock_hazard set entered_on = ?, channel = ?, found_by_baseline = ?, "
                + "closed_on = ?, closed_by = ?, overdue_spans = ?, listed_spans = ? where hazard_id = ?",
                List.copyOf(changes), 500, (ps, change) -> {
                    HazardStockLine line = change.line();
                    ps.setObject(1, line == null ? null : Date.valueOf(line.enteredOn()));
                    ps.setString(2, line == null ? null : line.channel().name());
                    ps.setObject(3, line == null ? null : line.foundByBaseline());
                    ps.setObject(4, line == null || line.closedOn() == null ? null : Date.valueOf(line.closedOn()));
                    ps.setString(5, line == null || line.closedBy() == null ? null : line.closedBy().name());
                    ps.setString(6, line == null ? null : StockSpans.write(line.overdueSpans()));
                    ps.setString(7, line == null ? null : StockSpans.write(line.listedSpans()));
                    ps.setObject(8, change.hazard().hazardId());
                });
        List<Map.Entry<MonthKey, StockDelta>> ordered = monthly.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<MonthKey, StockDelta> e) -> e.getKey().jurisdiction().value())
                        .thenComparing(e -> e.getKey().industry().value())
                        .thenComparing(e -> e.getKey().month()))
                .collect(Collectors.toList());
        jdbc.batchUpdate("""
                insert into reporting.stock_month (jurisdiction, industry, month, new_self_inspection,
                    new_supervisory, new_tip_off, new_found_by_baseline, written_off, cancelled,
                    left_found_by_baseline, overdue_change, listed_change)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (jurisdiction, industry, month) do update set
                    new_self_inspection = stock_month.new_self_inspection + excluded.new_self_inspection,
                    new_supervisory = stock_month.new_supervisory + excluded.new_supervisory,
                    new_tip_off = stock_month.new_tip_off + excluded.new_tip_off,
                    new_found_by_baseline = stock_month.new_found_by_baseline + excluded.new_found_by_baseline,
                    written_off = stock_month.written_off + excluded.written_off,
                    cancelled = stock_month.cancelled + excluded.cancelled,
                    left_found_by_baseline = stock_month.left_found_by_baseline + excluded.left_found_by_baseline,
                    overdue_change = stock_month.overdue_change + excluded.overdue_change,
                    listed_change = stock_month.listed_change + excluded.listed_change""",
                ordered, 500, (ps, entry) -> {
                    MonthKey key = entry.getKey();
                    StockDelta d = entry.getValue();
                    ps.setString(1, key.jurisdiction().value());
                    ps.setString(2, key.industry().value());
                    ps.setDate(3, Date.valueOf(key.month().atDay(1)));
                    ps.setLong(4, d.newSelfInspection());
                    ps.setLong(5, d.newSupervisory());
                    ps.setLong(6, d.newTipOff());
                    ps.setLong(7, d.newFoundByBaseline());
                    ps.setLong(8, d.writtenOff());
                    ps.setLong(9, d.cancelled());
                    ps.setLong(10, d.leftFoundByBaseline());
                    ps.setLong(11, d.overdueChange());
                    ps.setLong(12, d.listedChange());
                });
    }

    @Override
    public void clear() {
        jdbc.execute("truncate reporting.stock_fact, reporting.stock_hazard, reporting.stock_month");
    }
}
