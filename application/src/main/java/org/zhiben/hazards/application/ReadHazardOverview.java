package org.zhiben.hazards.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zhiben.campaign.CampaignTargets;
import org.zhiben.hazards.CampaignIndicators;
import org.zhiben.hazards.EscalationStep;
import org.zhiben.hazards.HazardOverview;
import org.zhiben.hazards.HazardTargets;
import org.zhiben.hazards.storage.HazardCounts;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;

/**
 * The overview of the major hazards inside a data scope on a day ({@link HazardOverview}), counted where the hazards
 * are stored ({@link HazardCounts}), never loaded one by one: the campaign's targets measured with the loaded plan's
 * dates and values, as {@link ComputeCampaignIndicators} measures them, and the stock with its overdue, listed and
 * escalated hazards. It answers what {@link HazardOverview.Situation#of} computes over the same hazards.
 */
public class ReadHazardOverview implements HazardOverview {

    private final HazardCounts counts;
    private final CampaignTargets targets;
    private final Clock clock;

    public ReadHazardOverview(HazardCounts counts, CampaignTargets targets, Clock clock) {
        this.counts = counts;
        this.targets = targets;
        this.clock = clock;
    }

    @Override
    public Situation on(LocalDate day, DataScope scope) {
        Require.notNull(day, "day");
        Require.notNull(scope, "scope");
        HazardTargets plan = PlanHazardTargets.of(targets);
        CampaignIndicators.Days days = CampaignIndicators.Days.of(day, plan);
        HazardCounts.TargetCounts measured = counts.targetsAsOf(days, plan, clock.getZone(), scope);
        CampaignIndicators indicators = CampaignIndicators.of(day, plan, measured.stockRemaining(),
                measured.newMajorInPreviousYear(), measured.newMajorInTargetYear(), measured.overdueAtTarget());

        Map<JurisdictionCode, Map<IndustryCode, long[]>> lines = new TreeMap<>(
                Comparator.comparing(JurisdictionCode::value));
        Map<EscalationStep, Long> ladder = new EnumMap<>(EscalationStep.class);
        long noStep = 0;
        for (HazardCounts.StockGroup group : counts.stockOn(day, clock.getZone(), scope)) {
            long[] line = lines.computeIfAbsent(group.jurisdiction(), j -> new TreeMap<>(
                    Comparator.comparing(IndustryCode::value))).computeIfAbsent(group.industry(), i -> new long[3]);
            line[0] += group.count();
            if (group.listed()) {
                line[2] += group.count();
            }
            if (group.overdue()) {
                line[1] += group.count();
                if (group.highestStep() == null) {
                    noStep += group.count();
                } else {
                    ladder.merge(group.highestStep(), group.count(), Long::sum);
                }
            }
        }
        List<Line> ordered = new ArrayList<>();
        lines.forEach((jurisdiction, byIndustry) -> byIndustry.forEach((industry, line) ->
                ordered.add(new Line(jurisdiction, industry, line[0], line[1], line[2]))));
        return new Situation(day, indicators, ordered, ladder, noStep);
    }
}
