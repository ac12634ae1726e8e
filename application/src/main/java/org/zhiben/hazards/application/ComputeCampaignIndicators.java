package org.zhiben.hazards.application;

import java.time.Clock;
import java.time.LocalDate;
import org.zhiben.hazards.CampaignIndicators;
import org.zhiben.hazards.MajorHazards;

/** Measures the campaign's three major-hazard targets as of a day (today when none is given). */
public class ComputeCampaignIndicators {

    private final MajorHazards hazards;
    private final Clock clock;

    public ComputeCampaignIndicators(MajorHazards hazards, Clock clock) {
        this.hazards = hazards;
        this.clock = clock;
    }

    public CampaignIndicators execute(LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        return CampaignIndicators.asOf(hazards.findAllForStock(null, null), day, clock.getZone());
    }
}
