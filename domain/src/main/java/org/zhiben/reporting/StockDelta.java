package org.zhiben.reporting;

/**
 * What one hazard (or several) changes in one month of the stock read model. Opening and closing stock are running
 * sums over the months before; so are the overdue and listed counts, which rise in the month a hazard becomes overdue
 * (listed) at a month's end and fall in the month it stops being so.
 *
 * @param newSelfInspection      entered the stock in the month, found by the enterprise's self-inspection
 * @param newSupervisory         entered the stock in the month, found by a supervisory inspection
 * @param newTipOff              entered the stock in the month, from a verified tip-off
 * @param newFoundByBaseline     entered in the month and discovered on or before the plan's baseline
 * @param writtenOff             written off in the month
 * @param cancelled              cancelled in the month
 * @param leftFoundByBaseline    of those written off or cancelled, discovered on or before the baseline
 * @param overdueChange          change of the number overdue at the month's end
 * @param listedChange           change of the number listed at the month's end
 */
public record StockDelta(long newSelfInspection, long newSupervisory, long newTipOff, long newFoundByBaseline,
        long writtenOff, long cancelled, long leftFoundByBaseline, long overdueChange, long listedChange) {

    public static final StockDelta NONE = new StockDelta(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public StockDelta plus(StockDelta o) {
        return new StockDelta(newSelfInspection + o.newSelfInspection, newSupervisory + o.newSupervisory,
                newTipOff + o.newTipOff, newFoundByBaseline + o.newFoundByBaseline, writtenOff + o.writtenOff,
                cancelled + o.cancelled, leftFoundByBaseline + o.leftFoundByBaseline,
                overdueChange + o.overdueChange, listedChange + o.listedChange);
    }

    public StockDelta negated() {
        return new StockDelta(-newSelfInspection, -newSupervisory, -newTipOff, -newFoundByBaseline, -writtenOff,
                -cancelled, -leftFoundByBaseline, -overdueChange, -listedChange);
    }

    public boolean isNone() {
        return equals(NONE);
    }
}
