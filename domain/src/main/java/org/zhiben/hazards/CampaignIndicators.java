package org.zhiben.hazards;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import org.zhiben.shared.Require;

/**
 * The campaign's three targets for major hazards, measured from the recorded history as of a day. The plan: "2024年底前
 * 基本消除2023年及以前排查发现的重大事故隐患存量,2025年底前有效遏制重大事故隐患增量,2026年底前形成重大事故隐患动态清零的
 * 常态化机制".
 * <ul>
 * <li>2023-and-earlier stock cleared by 2024-12-20 ("于2024年12月20日前全部消除完毕2023年存量隐患"):
 * the major hazards discovered on or before 2023-12-31 still in the stock on 2024-12-20 (or on the as-of day, if
 * earlier); met when none remain;</li>
 * <li>increment contained in 2025 ("避免出现增量隐患"): major hazards newly entering the stock in 2025 against 2024
 * (each year counted up to the as-of day); met when 2025 has fewer than 2024, or none at all;</li>
 * <li>dynamic clearance in 2026 ("动态清零"): major hazards overdue at the end of 2026 (or on the as-of day, if
 * earlier); met when none is overdue.</li>
 * </ul>
 */
public record CampaignIndicators(LocalDate asOf, long stock2023Remaining, boolean stock2023Cleared,
        long newMajorIn2024, long newMajorIn2025, boolean incrementContained, long overdueAtEnd2026,
        boolean dynamicClearance) {

    public static final LocalDate STOCK_CLEARANCE_DEADLINE = LocalDate.of(2024, 12, 20);
    public static final LocalDate END_OF_2024 = LocalDate.of(2024, 12, 31);
    public static final LocalDate END_OF_2025 = LocalDate.of(2025, 12, 31);
    public static final LocalDate END_OF_2026 = LocalDate.of(2026, 12, 31);

    public CampaignIndicators {
        Require.notNull(asOf, "asOf");
    }

    public static CampaignIndicators asOf(Collection<MajorHazard> hazards, LocalDate asOf, ZoneId zone) {
        Require.notNull(asOf, "asOf");
        Require.notNull(zone, "zone");
        LocalDate clearanceDay = earlier(asOf, STOCK_CLEARANCE_DEADLINE);
        LocalDate clearanceEnd = earlier(asOf, END_OF_2026);
        long remaining = hazards.stream()
                .filter(h -> !h.discoveredOn().isAfter(HazardStock.END_OF_2023))
                .filter(h -> h.inMajorStockOn(clearanceDay, zone))
                .count();
        long new2024 = enteredBetween(hazards, LocalDate.of(2024, 1, 1), earlier(asOf, END_OF_2024), zone);
        long new2025 = enteredBetween(hazards, LocalDate.of(2025, 1, 1), earlier(asOf, END_OF_2025), zone);
        long overdue = hazards.stream()
                .filter(h -> h.inMajorStockOn(clearanceEnd, zone) && h.isOverdueOn(clearanceEnd, zone))
                .count();
        return new CampaignIndicators(asOf, remaining, remaining == 0, new2024, new2025,
                new2025 < new2024 || new2025 == 0, overdue, overdue == 0);
    }

    private static long enteredBetween(Collection<MajorHazard> hazards, LocalDate from, LocalDate to, ZoneId zone) {
        return hazards.stream()
                .map(h -> h.determinedMajorOn(zone).orElse(null))
                .filter(d -> d != null && !d.isBefore(from) && !d.isAfter(to))
                .count();
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
