package org.zhiben.hazards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.zhiben.shared.Require;

/**
 * The figures of one line of the dynamic hazard stock statistics table (附表1 自治州事故隐患动态存量统计表) for a
 * period, counting major hazards only. They reconcile: {@code closing = opening + new − writtenOff − cancelled}.
 *
 * @param openingStock              in the stock at the end of the day before the period
 * @param openingFoundByBaseline    of which discovered on or before the plan's baseline (the stock the plan clears
 *                                  first; Kizilsu: 2023-12-31, "2023年及以前")
 * @param newByChannel              entered the stock within the period, by discovery channel (every channel present)
 * @param writtenOff                written off (销号) within the period
 * @param cancelled                 cancelled within the period after having been determined major
 * @param closingStock              in the stock at the end of the period
 * @param closingOverdue            of which overdue at the end of the period
 * @param closingListed             of which under listing supervision at the end of the period
 * @param rectificationRate         written off / (opening + new), a percentage with one decimal; {@code null} when
 *                                  there was nothing to rectify
 */
public record HazardStockFigures(long openingStock, long openingFoundByBaseline,
        Map<DiscoveryChannel, Long> newByChannel, long writtenOff, long cancelled, long closingStock,
        long closingOverdue, long closingListed, BigDecimal rectificationRate) {

    public HazardStockFigures {
        Require.notNull(newByChannel, "newByChannel");
        EnumMap<DiscoveryChannel, Long> complete = new EnumMap<>(DiscoveryChannel.class);
        for (DiscoveryChannel channel : DiscoveryChannel.values()) {
            complete.put(channel, newByChannel.getOrDefault(channel, 0L));
        }
        newByChannel = Collections.unmodifiableMap(complete);
    }

    /** The figures with their rectification rate: written off / (opening + new), one decimal, half up. */
    public static HazardStockFigures of(long openingStock, long openingFoundByBaseline,
            Map<DiscoveryChannel, Long> newByChannel, long writtenOff, long cancelled, long closingStock,
            long closingOverdue, long closingListed) {
        long base = openingStock + newByChannel.values().stream().mapToLong(Long::longValue).sum();
        BigDecimal rate = base == 0 ? null
                : BigDecimal.valueOf(writtenOff * 100).divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP);
        return new HazardStockFigures(openingStock, openingFoundByBaseline, newByChannel, writtenOff, cancelled,
                closingStock, closingOverdue, closingListed, rate);
    }

    /** Nothing in the stock. */
    public static HazardStockFigures none() {
        return of(0, 0, Map.of(), 0, 0, 0, 0, 0);
    }

    /** These figures and the other's added up, the rate computed again. */
    public HazardStockFigures plus(HazardStockFigures other) {
        EnumMap<DiscoveryChannel, Long> sum = new EnumMap<>(newByChannel);
        other.newByChannel.forEach((channel, count) -> sum.merge(channel, count, Long::sum));
        return of(openingStock + other.openingStock, openingFoundByBaseline + other.openingFoundByBaseline, sum,
                writtenOff + other.writtenOff, cancelled + other.cancelled, closingStock + other.closingStock,
                closingOverdue + other.closingOverdue, closingListed + other.closingListed);
    }

    /** Newly entered, all channels together. */
    public long newTotal() {
        return newByChannel.values().stream().mapToLong(Long::longValue).sum();
    }
}
