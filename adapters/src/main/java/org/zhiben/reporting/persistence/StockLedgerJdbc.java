package org.zhiben.reporting.persistence;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToLongFunction;
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
        UUID[] ids = ordered.stream().map(HazardRef::hazardId).toArray(UUID[]::new);
        // one statement for the whole set: arrays, not a batch of single rows
        jdbc.update("insert into reporting.stock_hazard (hazard_id, enterprise_id, jurisdiction, industry) "
                + "select * from unnest(cast(? as uuid[]), cast(? as uuid[]), cast(? as varchar[]), "
                + "cast(? as varchar[])) on conflict (hazard_id) do nothing", ids,
                ordered.stream().map(HazardRef::enterpriseId).toArray(UUID[]::new),
                ordered.stream().map(r -> r.jurisdiction().value()).toArray(String[]::new),
                ordered.stream().map(r -> r.industry().value()).toArray(String[]::new));
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
        writeLines(changes);
        List<Map.Entry<MonthKey, StockDelta>> ordered = ordered(monthly);
        lockPairs(ordered);
        // per month: add the changes to its row (created with the running sums of the month before), then carry
        // the change of the sums into the pair's later months; in the order of the months, so each row starts
        // from sums already up to date
        jdbc.batchUpdate("""
                with later as (
                    update reporting.stock_month set stock_after = stock_after + ?, baseline_after = baseline_after + ?,
                        overdue_after = overdue_after + ?, listed_after = listed_after + ?
                    where jurisdiction = ? and industry = ? and month > ?)
                insert into reporting.stock_month (jurisdiction, industry, month, new_self_inspection,
                    new_supervisory, new_tip_off, new_found_by_baseline, written_off, cancelled,
                    left_found_by_baseline, overdue_change, listed_change, stock_after, baseline_after, overdue_after,
                    listed_after)
                select k.j, k.i, k.m, k.a, k.b, k.c, k.d, k.e, k.f, k.g, k.h, k.l,
                    coalesce(p.stock_after, 0) + k.a + k.b + k.c - k.e - k.f, coalesce(p.baseline_after, 0) + k.d - k.g,
                    coalesce(p.overdue_after, 0) + k.h, coalesce(p.listed_after, 0) + k.l
                from (select cast(? as varchar) j, cast(? as varchar) i, cast(? as date) m, cast(? as bigint) a,
                    cast(? as bigint) b, cast(? as bigint) c, cast(? as bigint) d, cast(? as bigint) e,
                    cast(? as bigint) f, cast(? as bigint) g, cast(? as bigint) h, cast(? as bigint) l) k
                left join lateral (select s.stock_after, s.baseline_after, s.overdue_after, s.listed_after
                    from reporting.stock_month s where s.jurisdiction = k.j and s.industry = k.i and s.month < k.m
                    order by s.month desc limit 1) p on true
                on conflict (jurisdiction, industry, month) do update set
                """ + ADD_CHANGES + """
                ,
                    stock_after = stock_month.stock_after + excluded.new_self_inspection + excluded.new_supervisory
                        + excluded.new_tip_off - excluded.written_off - excluded.cancelled,
                    baseline_after = stock_month.baseline_after + excluded.new_found_by_baseline
                        - excluded.left_found_by_baseline,
                    overdue_after = stock_month.overdue_after + excluded.overdue_change,
                    listed_after = stock_month.listed_after + excluded.listed_change""",
                ordered, 500, (ps, entry) -> {
                    MonthKey key = entry.getKey();
                    StockDelta d = entry.getValue();
                    ps.setLong(1, d.newSelfInspection() + d.newSupervisory() + d.newTipOff() - d.writtenOff()
                            - d.cancelled());
                    ps.setLong(2, d.newFoundByBaseline() - d.leftFoundByBaseline());
                    ps.setLong(3, d.overdueChange());
                    ps.setLong(4, d.listedChange());
                    ps.setString(5, key.jurisdiction().value());
                    ps.setString(6, key.industry().value());
                    ps.setDate(7, Date.valueOf(key.month().atDay(1)));
                    setMonth(ps, 8, key, d);
                });
    }

    @Override
    public void writeWithoutBalances(Collection<LineChange> changes, Map<MonthKey, StockDelta> monthly) {
        writeLines(changes);
        List<Map.Entry<MonthKey, StockDelta>> ordered = ordered(monthly);
        if (ordered.isEmpty()) {
            return;
        }
        jdbc.update("""
                insert into reporting.stock_month (jurisdiction, industry, month, new_self_inspection,
                    new_supervisory, new_tip_off, new_found_by_baseline, written_off, cancelled,
                    left_found_by_baseline, overdue_change, listed_change)
                select * from unnest(cast(? as varchar[]), cast(? as varchar[]), cast(cast(? as text[]) as date[]),
                    cast(? as bigint[]), cast(? as bigint[]), cast(? as bigint[]), cast(? as bigint[]),
                    cast(? as bigint[]), cast(? as bigint[]), cast(? as bigint[]), cast(? as bigint[]),
                    cast(? as bigint[]))
                on conflict (jurisdiction, industry, month) do update set
                """ + ADD_CHANGES,
                ordered.stream().map(e -> e.getKey().jurisdiction().value()).toArray(String[]::new),
                ordered.stream().map(e -> e.getKey().industry().value()).toArray(String[]::new),
                ordered.stream().map(e -> e.getKey().month().atDay(1).toString()).toArray(String[]::new),
                figures(ordered, StockDelta::newSelfInspection), figures(ordered, StockDelta::newSupervisory),
                figures(ordered, StockDelta::newTipOff), figures(ordered, StockDelta::newFoundByBaseline),
                figures(ordered, StockDelta::writtenOff), figures(ordered, StockDelta::cancelled),
                figures(ordered, StockDelta::leftFoundByBaseline), figures(ordered, StockDelta::overdueChange),
                figures(ordered, StockDelta::listedChange));
    }

    private static long[] figures(List<Map.Entry<MonthKey, StockDelta>> ordered, ToLongFunction<StockDelta> figure) {
        return ordered.stream().mapToLong(e -> figure.applyAsLong(e.getValue())).toArray();
    }

    @Override
    public void recomputeBalances() {
        jdbc.execute("lock table reporting.stock_pair in exclusive mode");
        jdbc.execute("select reporting.recompute_stock_balances()");
    }

    private static final String ADD_CHANGES = """
                    new_self_inspection = stock_month.new_self_inspection + excluded.new_self_inspection,
                    new_supervisory = stock_month.new_supervisory + excluded.new_supervisory,
                    new_tip_off = stock_month.new_tip_off + excluded.new_tip_off,
                    new_found_by_baseline = stock_month.new_found_by_baseline + excluded.new_found_by_baseline,
                    written_off = stock_month.written_off + excluded.written_off,
                    cancelled = stock_month.cancelled + excluded.cancelled,
                    left_found_by_baseline = stock_month.left_found_by_baseline + excluded.left_found_by_baseline,
                    overdue_change = stock_month.overdue_change + excluded.overdue_change,
                    listed_change = stock_month.listed_change + excluded.listed_change""";

    private void writeLines(Collection<LineChange> changes) {
        UUID[] replaced = changes.stream().filter(LineChange::replaceFacts).map(c -> c.hazard().hazardId())
                .toArray(UUID[]::new);
        if (replaced.length > 0) {
            jdbc.update("delete from reporting.stock_fact where hazard_id = any(?)", (Object) replaced);
        }
        List<UUID> hazards = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<String> instants = new ArrayList<>();
        List<String> days = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (LineChange change : changes) {
            for (HazardFact fact : change.facts()) {
                hazards.add(change.hazard().hazardId());
                kinds.add(fact.kind().name());
                instants.add(fact.at().toString());
                days.add(fact.day() == null ? null : fact.day().toString());
                values.add(fact.value());
            }
        }
        if (!hazards.isEmpty()) {
            jdbc.update("insert into reporting.stock_fact (hazard_id, kind, at, day, value) select * from unnest("
                    + "cast(? as uuid[]), cast(? as varchar[]), cast(cast(? as text[]) as timestamptz[]), "
                    + "cast(cast(? as text[]) as date[]), cast(? as varchar[])) on conflict do nothing",
                    hazards.toArray(UUID[]::new), kinds.toArray(String[]::new), instants.toArray(String[]::new),
                    days.toArray(String[]::new), values.toArray(String[]::new));
        }
        List<LineChange> lines = List.copyOf(changes);
        jdbc.update("""
                update reporting.stock_hazard h set entered_on = u.entered_on, channel = u.channel,
                    found_by_baseline = u.found_by_baseline, closed_on = u.closed_on, closed_by = u.closed_by,
                    overdue_spans = u.overdue_spans, listed_spans = u.listed_spans
                from unnest(cast(? as uuid[]), cast(cast(? as text[]) as date[]), cast(? as varchar[]),
                    cast(? as boolean[]), cast(cast(? as text[]) as date[]), cast(? as varchar[]), cast(? as text[]),
                    cast(? as text[])) as u(hazard_id, entered_on, channel, found_by_baseline, closed_on, closed_by,
                    overdue_spans, listed_spans)
                where h.hazard_id = u.hazard_id""",
                lines.stream().map(c -> c.hazard().hazardId()).toArray(UUID[]::new),
                column(lines, line -> line.enteredOn().toString()),
                column(lines, line -> line.channel().name()),
                lines.stream().map(c -> c.line() == null ? null : c.line().foundByBaseline()).toArray(Boolean[]::new),
                column(lines, line -> line.closedOn() == null ? null : line.closedOn().toString()),
                column(lines, line -> line.closedBy() == null ? null : line.closedBy().name()),
                column(lines, line -> StockSpans.write(line.overdueSpans())),
                column(lines, line -> StockSpans.write(line.listedSpans())));
    }

    /** One text column of the lines, {@code null} where a hazard is not in the stock. */
    private static String[] column(List<LineChange> lines, Function<HazardStockLine, String> value) {
        return lines.stream().map(c -> c.line() == null ? null : value.apply(c.line())).toArray(String[]::new);
    }

    /** The monthly changes in the order of jurisdiction, industry and month; their pairs are made known. */
    private List<Map.Entry<MonthKey, StockDelta>> ordered(Map<MonthKey, StockDelta> monthly) {
        List<Map.Entry<MonthKey, StockDelta>> ordered = monthly.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<MonthKey, StockDelta> e) -> e.getKey().jurisdiction().value())
                        .thenComparing(e -> e.getKey().industry().value())
                        .thenComparing(e -> e.getKey().month()))
                .collect(Collectors.toList());
        List<Pair> pairs = pairs(ordered);
        if (!pairs.isEmpty()) {
            jdbc.update("insert into reporting.stock_pair (jurisdiction, industry) select * from unnest(cast(? as "
                    + "varchar[]), cast(? as varchar[])) on conflict do nothing",
                    pairs.stream().map(Pair::jurisdiction).toArray(String[]::new),
                    pairs.stream().map(Pair::industry).toArray(String[]::new));
        }
        return ordered;
    }

    /** Locks the pairs of these months, in their order, until the end of the transaction. */
    private void lockPairs(List<Map.Entry<MonthKey, StockDelta>> ordered) {
        List<Pair> pairs = pairs(ordered);
        if (pairs.isEmpty()) {
            return;
        }
        jdbc.query("select p.jurisdiction from reporting.stock_pair p join unnest(cast(? as varchar[]), "
                + "cast(? as varchar[])) as k(j, i) on p.jurisdiction = k.j and p.industry = k.i "
                + "order by p.jurisdiction, p.industry for update of p", rs -> { },
                pairs.stream().map(Pair::jurisdiction).toArray(String[]::new),
                pairs.stream().map(Pair::industry).toArray(String[]::new));
    }

    /** A jurisdiction × industry ({@code reporting.stock_pair}). */
    private record Pair(String jurisdiction, String industry) {
    }

    private static List<Pair> pairs(List<Map.Entry<MonthKey, StockDelta>> ordered) {
        return ordered.stream().map(e -> new Pair(e.getKey().jurisdiction().value(), e.getKey().industry().value()))
                .distinct().toList();
    }

    private static void setMonth(PreparedStatement ps, int first, MonthKey key, StockDelta d)
            throws SQLException {
        ps.setString(first, key.jurisdiction().value());
        ps.setString(first + 1, key.industry().value());
        ps.setDate(first + 2, Date.valueOf(key.month().atDay(1)));
        ps.setLong(first + 3, d.newSelfInspection());
        ps.setLong(first + 4, d.newSupervisory());
        ps.setLong(first + 5, d.newTipOff());
        ps.setLong(first + 6, d.newFoundByBaseline());
        ps.setLong(first + 7, d.writtenOff());
        ps.setLong(first + 8, d.cancelled());
        ps.setLong(first + 9, d.leftFoundByBaseline());
        ps.setLong(first + 10, d.overdueChange());
        ps.setLong(first + 11, d.listedChange());
    }

    @Override
    public void clear() {
        jdbc.execute("truncate reporting.stock_fact, reporting.stock_hazard, reporting.stock_month, "
                + "reporting.stock_pair");
    }
}
