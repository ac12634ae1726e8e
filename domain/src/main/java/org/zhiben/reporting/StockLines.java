package org.zhiben.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardStatus;
import org.zhiben.hazards.HazardStock;
import org.zhiben.hazards.HazardStockFigures;
import org.zhiben.hazards.HazardStockRow;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;

/**
 * 附表1 for any period from the hazards' stock lines: opening = in the stock at the end of the day before the period
 * (of which discovered on or before the baseline), new = entered within it by channel, written off and cancelled
 * within it, closing = in the stock at the end of it, of which overdue and listed then. A line counts in the table
 * when it is in the opening stock, new, or in the closing stock.
 */
public final class StockLines {

    private StockLines() {
    }

    public static HazardStock table(Collection<LocatedStockLine> lines, LocalDate from, LocalDate to,
            LocalDate baseline) {
        if (to.isBefore(from)) {
            throw new InvalidValueException("periodEnd", "hazard.stock.period-invalid",
                    "the period must not end before it starts", from, to);
        }
        Map<JurisdictionCode, Map<IndustryCode, HazardStockFigures>> byKey = new TreeMap<>();
        for (LocatedStockLine located : lines) {
            HazardStockLine line = located.line();
            boolean opening = line.inStockOn(from.minusDays(1));
            boolean isNew = !line.enteredOn().isBefore(from) && !line.enteredOn().isAfter(to);
            boolean closing = line.inStockOn(to);
            if (!opening && !isNew && !closing) {
                continue;
            }
            boolean closedWithin = line.closedOn() != null && !line.closedOn().isBefore(from)
                    && !line.closedOn().isAfter(to);
            Map<DiscoveryChannel, Long> fresh = new EnumMap<>(DiscoveryChannel.class);
            if (isNew) {
                fresh.put(line.channel(), 1L);
            }
            HazardStockFigures one = HazardStockFigures.of(opening ? 1 : 0, opening && line.foundByBaseline() ? 1 : 0,
                    fresh, closedWithin && line.closedBy() == HazardStatus.WRITTEN_OFF ? 1 : 0,
                    closedWithin && line.closedBy() == HazardStatus.CANCELLED ? 1 : 0, closing ? 1 : 0,
                    closing && line.overdueSpans().stream().anyMatch(s -> s.covers(to)) ? 1 : 0,
                    closing && line.listedSpans().stream().anyMatch(s -> s.covers(to)) ? 1 : 0);
            byKey.computeIfAbsent(located.jurisdiction(), j -> new TreeMap<>())
                    .merge(located.industry(), one, HazardStockFigures::plus);
        }
        List<HazardStockRow> rows = new ArrayList<>();
        HazardStockFigures total = HazardStockFigures.none();
        for (Map.Entry<JurisdictionCode, Map<IndustryCode, HazardStockFigures>> j : byKey.entrySet()) {
            for (Map.Entry<IndustryCode, HazardStockFigures> i : j.getValue().entrySet()) {
                rows.add(new HazardStockRow(j.getKey(), i.getKey(), i.getValue()));
                total = total.plus(i.getValue());
            }
        }
        return new HazardStock(from, to, baseline, rows, total);
    }
}
