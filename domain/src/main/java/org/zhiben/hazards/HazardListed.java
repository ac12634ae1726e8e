package org.zhiben.hazards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/** A major hazard was listed for supervision (挂牌督办). */
public record HazardListed(UUID eventId, HazardId hazardId, UUID enterpriseId, JurisdictionCode jurisdiction, IndustryCode industry,
        HazardLevel level, ListingLevel listingLevel, UnitCode supervisingUnit, UnitCode responsibleUnit,
        LocalDate listedOn, LocalDate listingDeadline, Instant occurredAt) implements HazardEvent {
}
