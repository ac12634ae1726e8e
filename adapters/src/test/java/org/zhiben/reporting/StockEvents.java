package org.zhiben.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardCancelled;
import org.zhiben.hazards.HazardDetermined;
import org.zhiben.hazards.HazardEvent;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardLevel;
import org.zhiben.hazards.HazardListed;
import org.zhiben.hazards.HazardListingRemoved;
import org.zhiben.hazards.HazardRectified;
import org.zhiben.hazards.HazardRegistered;
import org.zhiben.hazards.HazardStatus;
import org.zhiben.hazards.HazardVerified;
import org.zhiben.hazards.HazardWrittenOff;
import org.zhiben.hazards.ListingLevel;
import org.zhiben.hazards.RectificationPlanSet;
import org.zhiben.shared.DomainEvent;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/** The events of one hazard's life, as the hazards module raises them, dated in Asia/Shanghai. */
final class StockEvents {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final HazardId id = new HazardId(UUID.randomUUID());
    private final UUID enterprise;
    private final JurisdictionCode jurisdiction;
    private final IndustryCode industry;
    private HazardLevel level;
    final List<HazardEvent> events = new ArrayList<>();

    private StockEvents(UUID enterprise, JurisdictionCode jurisdiction, IndustryCode industry) {
        this.enterprise = enterprise;
        this.jurisdiction = jurisdiction;
        this.industry = industry;
    }

    static Instant at(LocalDateTime shanghai) {
        return shanghai.atZone(SHANGHAI).toInstant();
    }

    static Instant at(LocalDate day) {
        return at(day.atTime(10, 0));
    }

    /** A hazard discovered on {@code discoveredOn} and registered on {@code registeredAt}. */
    static StockEvents registered(UUID enterprise, JurisdictionCode jurisdiction, IndustryCode industry,
            DiscoveryChannel channel, LocalDate discoveredOn, Instant registeredAt) {
        StockEvents hazard = new StockEvents(enterprise, jurisdiction, industry);
        hazard.events.add(new HazardRegistered(DomainEvent.newEventId(), hazard.id, enterprise, jurisdiction, industry,
                null, channel, discoveredOn, registeredAt));
        return hazard;
    }

    StockEvents determined(HazardLevel outcome, Instant at) {
        level = outcome;
        events.add(new HazardDetermined(DomainEvent.newEventId(), id, enterprise, jurisdiction, industry, level,
                outcome == HazardLevel.MAJOR ? new ClauseReference("CHEM-2017", "1") : null, at));
        return this;
    }

    StockEvents plan(LocalDate deadline, Instant at) {
        events.add(new RectificationPlanSet(DomainEvent.newEventId(), id, enterprise, jurisdiction, industry, level,
                deadline, 10_000, at));
        return this;
    }

    StockEvents listed(LocalDate on, LocalDate deadline) {
        events.add(new HazardListed(DomainEvent.newEventId(), id, enterprise, jurisdiction, industry, level,
                ListingLevel.COUNTY, UnitCode.of("EMB"), UnitCode.of("ARTUX_GOV"), on, deadline, at(on)));
        return this;
    }

    StockEvents rectifiedAndVerified(Instant rectified, Instant verified) {
        events.add(new HazardRectified(DomainEvent.newEventId(), id, enterprise, jurisdiction, industry, level,
                rectified));
        events.add(new HazardVerified(DomainEvent.newEventId(), id, enterprise, jurisdiction, industry, level, "EMB",
                verified));
        return this;
    }

    /** Written off; a listing in force ends the same day (摘牌), as the hazard's write-off does. */
    StockEvents writtenOff(Instant at, boolean endsListing) {
        events.add(new HazardWrittenOff(DomainEvent.newEventId(), id, enterprise, jurisdiction, industry, level, "EMB",
                at));
        if (endsListing) {
            events.add(new HazardListingRemoved(DomainEvent.newEventId(), id, enterprise, jurisdiction, industry,
                    level, at.atZone(SHANGHAI).toLocalDate(), at));
        }
        return this;
    }

    StockEvents cancelled(HazardStatus from, Instant at) {
        events.add(new HazardCancelled(DomainEvent.newEventId(), id, enterprise, jurisdiction, industry, level, from,
                at));
        return this;
    }

    HazardId id() {
        return id;
    }
}
