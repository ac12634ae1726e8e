package org.zhiben.hazards.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhiben.hazards.CampaignIndicators;
import org.zhiben.hazards.EscalationRecord;
import org.zhiben.hazards.EscalationStep;
import org.zhiben.hazards.HazardTargets;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.storage.HazardCounts;
import org.zhiben.hazards.storage.MajorHazards;
import org.zhiben.shared.DataScope;

/** {@link HazardCounts} over hazards kept in memory: every hazard in scope replayed by the domain's rules. */
final class ReplayedHazardCounts implements HazardCounts {

    private final MajorHazards hazards;

    ReplayedHazardCounts(MajorHazards hazards) {
        this.hazards = hazards;
    }

    @Override
    public List<StockGroup> stockOn(LocalDate day, ZoneId zone, DataScope scope) {
        Map<StockGroup, Long> groups = new LinkedHashMap<>();
        for (MajorHazard hazard : hazards.findAllForStock(null, null, scope)) {
            if (!hazard.inMajorStockOn(day, zone)) {
                continue;
            }
            boolean overdue = hazard.isOverdueOn(day, zone);
            EscalationStep highest = null;
            if (overdue) {
                for (EscalationRecord record : hazard.escalations()) {
                    if (!record.on().isAfter(day) && (highest == null || record.step().ordinal() > highest.ordinal())) {
                        highest = record.step();
                    }
                }
            }
            groups.merge(new StockGroup(hazard.jurisdiction(), hazard.industry(), overdue, hazard.isListedOn(day),
                    highest, 0), 1L, Long::sum);
        }
        List<StockGroup> counted = new ArrayList<>();
        groups.forEach((group, count) -> counted.add(new StockGroup(group.jurisdiction(), group.industry(),
                group.overdue(), group.listed(), group.highestStep(), count)));
        return counted;
    }

    @Override
    public TargetCounts targetsAsOf(CampaignIndicators.Days days, HazardTargets targets, ZoneId zone,
            DataScope scope) {
        CampaignIndicators replayed = CampaignIndicators.asOf(hazards.findAllForStock(null, null, scope),
                days.asOf(), zone, targets);
        return new TargetCounts(replayed.stockRemaining(), replayed.newMajorInPreviousYear(),
                replayed.newMajorInTargetYear(), replayed.overdueAtTarget());
    }
}
