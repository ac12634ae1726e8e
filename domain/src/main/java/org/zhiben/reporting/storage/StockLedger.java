package org.zhiben.reporting.storage;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.zhiben.reporting.HazardFact;
import org.zhiben.reporting.HazardStockLine;
import org.zhiben.reporting.StockDelta;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/**
 * The stock read model's storage (write port, internal to reporting): each hazard's facts and line, and the monthly
 * figures per jurisdiction × industry, which are always the sum of the lines' {@link HazardStockLine#monthly()}.
 */
public interface StockLedger {

    /** Which hazard, where it counts. */
    record HazardRef(UUID hazardId, UUID enterpriseId, JurisdictionCode jurisdiction, IndustryCode industry) {
    }

    /** Where a month's figures are kept. */
    record MonthKey(JurisdictionCode jurisdiction, IndustryCode industry, YearMonth month) {
    }

    /** A hazard's facts after a change and its line computed from them ({@code null} when not in the stock). */
    record LineChange(HazardRef hazard, Collection<HazardFact> facts, boolean replaceFacts, HazardStockLine line) {
    }

    /**
     * Locks the hazards' entries until the end of the transaction (creating those not yet known), in the order of
     * their ids, and returns the facts known of each.
     */
    Map<UUID, List<HazardFact>> lock(Collection<HazardRef> hazards);

    /**
     * Stores the changed lines — adding their facts, or replacing all of a hazard's facts when
     * {@link LineChange#replaceFacts()} — and adds the changes of the monthly figures, keeping each month's running
     * sums (the stock, overdue and listed at its end) in step.
     */
    void write(Collection<LineChange> changes, Map<MonthKey, StockDelta> monthly);

    /**
     * As {@link #write}, but leaves the running sums to {@link #recomputeBalances()}: a rebuild brings in many
     * months of every jurisdiction and industry, page after page, and works the sums out once at its end.
     */
    void writeWithoutBalances(Collection<LineChange> changes, Map<MonthKey, StockDelta> monthly);

    /**
     * Works every month's running sums out again from the monthly changes (the last step of a rebuild). Writers
     * wait meanwhile, so none is lost.
     */
    void recomputeBalances();

    /** Forgets every fact, line and figure (the first step of a rebuild). */
    void clear();
}
