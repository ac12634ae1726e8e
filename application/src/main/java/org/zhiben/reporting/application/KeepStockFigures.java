package org.zhiben.reporting.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.zhiben.campaign.CampaignTargets;
import org.zhiben.campaign.TargetMeasure;
import org.zhiben.hazards.HazardEvent;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.reporting.HazardFact;
import org.zhiben.reporting.HazardStockLine;
import org.zhiben.reporting.StockDelta;
import org.zhiben.reporting.storage.StockLedger;
import org.zhiben.reporting.storage.StockLedger.HazardRef;
import org.zhiben.reporting.storage.StockLedger.LineChange;
import org.zhiben.reporting.storage.StockLedger.MonthKey;

/**
 * Keeps the monthly stock figures (附表1) from the hazards' events, and brings hazards up to date from their history
 * during a rebuild. Each hazard's line is worked out again from all its facts ({@link HazardStockLine}); the monthly
 * figures change by the difference between its old and its new line, so they stay the sum of the lines whatever
 * order the events arrive in. An event whose fact is already known (delivered again) changes nothing. Days are taken
 * in the clock's zone (Asia/Shanghai); the opening stock discovered on or before the plan's baseline
 * ({@code campaignTargets}: the stock-cleared target's {@code foundOnOrBefore}, "2023年及以前") is counted apart.
 */
public class KeepStockFigures {

    private final StockLedger ledger;
    private final CampaignTargets targets;
    private final Clock clock;

    public KeepStockFigures(StockLedger ledger, CampaignTargets targets, Clock clock) {
        this.ledger = ledger;
        this.targets = targets;
        this.clock = clock;
    }

    /** Records what a hazard event changes; returns whether it brought a fact not known before. */
    public boolean on(HazardEvent event) {
        Optional<HazardFact> fact = HazardFact.of(event).map(KeepStockFigures::atDatabasePrecision);
        if (fact.isEmpty()) {
            return false;
        }
        HazardRef ref = new HazardRef(event.hazardId().value(), event.enterpriseId(), event.jurisdiction(),
                event.industry());
        return apply(Map.of(ref, List.of(fact.get())), false) > 0;
    }

    /**
     * Replaces what the read model knows of these hazards by what their recorded history tells (a page of a rebuild,
     * which ends with {@link StockLedger#recomputeBalances()}).
     */
    public int resync(List<MajorHazard> hazards) {
        Map<HazardRef, List<HazardFact>> facts = new HashMap<>();
        for (MajorHazard hazard : hazards) {
            facts.put(new HazardRef(hazard.id().value(), hazard.enterpriseId(), hazard.jurisdiction(),
                    hazard.industry()), HazardFact.of(hazard).stream().map(KeepStockFigures::atDatabasePrecision)
                    .toList());
        }
        apply(facts, true);
        return hazards.size();
    }

    private int apply(Map<HazardRef, List<HazardFact>> incoming, boolean replace) {
        LocalDate baseline = baseline();
        Map<UUID, List<HazardFact>> known = ledger.lock(incoming.keySet());
        List<LineChange> changes = new ArrayList<>();
        Map<MonthKey, StockDelta> monthly = new HashMap<>();
        for (Map.Entry<HazardRef, List<HazardFact>> entry : incoming.entrySet()) {
            HazardRef ref = entry.getKey();
            List<HazardFact> before = known.getOrDefault(ref.hazardId(), List.of());
            Set<HazardFact> after = new HashSet<>(replace ? List.of() : before);
            Collection<HazardFact> added = new ArrayList<>();
            for (HazardFact fact : entry.getValue()) {
                if (after.add(fact) && !before.contains(fact)) {
                    added.add(fact);
                }
            }
            if (!replace && added.isEmpty()) {
                continue;
            }
            HazardStockLine oldLine = HazardStockLine.of(before, clock.getZone(), baseline).orElse(null);
            HazardStockLine newLine = HazardStockLine.of(after, clock.getZone(), baseline).orElse(null);
            changes.add(new LineChange(ref, replace ? after : added, replace, newLine));
            if (oldLine != null) {
                oldLine.monthly().forEach((month, d) -> add(monthly, ref, month, d.negated()));
            }
            if (newLine != null) {
                newLine.monthly().forEach((month, d) -> add(monthly, ref, month, d));
            }
        }
        monthly.values().removeIf(StockDelta::isNone);
        if (changes.isEmpty()) {
            return 0;
        }
        if (replace) {
            ledger.writeWithoutBalances(changes, monthly);
        } else {
            ledger.write(changes, monthly);
        }
        return changes.size();
    }

    private static void add(Map<MonthKey, StockDelta> monthly, HazardRef ref, YearMonth month, StockDelta delta) {
        monthly.merge(new MonthKey(ref.jurisdiction(), ref.industry(), month), delta, StockDelta::plus);
    }

    /** The plan's baseline for the opening stock counted apart. */
    public LocalDate baseline() {
        return targets.measuredBy(TargetMeasure.MAJOR_HAZARD_STOCK_CLEARED)
                .map(target -> target.foundOnOrBefore())
                .orElseThrow(() -> new IllegalStateException("the loaded plan has no campaign target measured by "
                        + TargetMeasure.MAJOR_HAZARD_STOCK_CLEARED + " (campaign.yaml, campaignTargets)"));
    }

    /** Instants as the database keeps them (microseconds, rounded), so a fact learnt twice compares equal. */
    private static HazardFact atDatabasePrecision(HazardFact fact) {
        Instant at = fact.at().plusNanos(500).truncatedTo(ChronoUnit.MICROS);
        return new HazardFact(fact.kind(), at, fact.day(), fact.value());
    }
}
