package org.zhiben.hazards;

import java.time.LocalDate;
import java.util.List;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * The dynamic hazard stock statistics (附表1 自治州事故隐患动态存量统计表) for a period, per jurisdiction and industry
 * and in total. Section 六 of the plan: "2024年3月开始至2026年12月每月底前报送自治州事故隐患动态存量统计表".
 *
 * <p>The table is read through {@link HazardStockSource} from a read model kept from the hazards' events, never from
 * their current rows, so a past period always gives the same figures. A major hazard is in the stock from the day it
 * is determined major (for a hazard determined at registration, its registration day) until the day it is written
 * off or cancelled; days are taken in Asia/Shanghai.
 *
 * @param stockFoundOnOrBefore the plan's baseline: the opening stock discovered on or before this day is counted
 *                             apart, as the stock the plan clears first (Kizilsu: 2023-12-31, "2023年及以前存量")
 */
public record HazardStock(LocalDate periodStart, LocalDate periodEnd, LocalDate stockFoundOnOrBefore,
        List<HazardStockRow> rows, HazardStockFigures total) {

    public HazardStock {
        requirePeriod(periodStart, periodEnd);
        Require.notNull(stockFoundOnOrBefore, "stockFoundOnOrBefore");
        rows = List.copyOf(Require.notNull(rows, "rows"));
        Require.notNull(total, "total");
    }

    /** Refuses a period that ends before it starts ({@code hazard.stock.period-invalid}). */
    public static void requirePeriod(LocalDate periodStart, LocalDate periodEnd) {
        Require.notNull(periodStart, "periodStart");
        Require.notNull(periodEnd, "periodEnd");
        if (periodEnd.isBefore(periodStart)) {
            throw new InvalidValueException("periodEnd", "hazard.stock.period-invalid",
                    "the period must not end before it starts", periodStart, periodEnd);
        }
    }
}
