package org.zhiben.hazards.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.zhiben.campaign.CampaignTargets;
import org.zhiben.hazards.CampaignIndicators;
import org.zhiben.hazards.HazardOverview;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.storage.MajorHazards;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.Require;

/**
 * The overview of the major hazards inside a data scope on a day ({@link HazardOverview}), read once: the campaign's
 * targets measured with the loaded plan's dates and values, as {@link ComputeCampaignIndicators} measures them, and
 * the stock with its overdue, listed and escalated hazards.
 */
public class ReadHazardOverview implements HazardOverview {

    private final MajorHazards hazards;
    private final CampaignTargets targets;
    private final Clock clock;

    public ReadHazardOverview(MajorHazards hazards, CampaignTargets targets, Clock clock) {
        this.hazards = hazards;
        this.targets = targets;
        this.clock = clock;
    }

    @Override
    public Situation on(LocalDate day, DataScope scope) {
        Require.notNull(day, "day");
        Require.notNull(scope, "scope");
        List<MajorHazard> inScope = hazards.findAllForStock(null, null, scope);
        CampaignIndicators indicators = CampaignIndicators.asOf(inScope, day, clock.getZone(),
                PlanHazardTargets.of(targets));
        return Situation.of(inScope, day, clock.getZone(), indicators);
    }
}
