package org.zhiben.hazards;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;

/**
 * What is known of a hazard when it is registered: where, what, when and by whom it was found, through which channel
 * and under which source document (self-inspection report no., inspection record no., or tip-off case no.).
 *
 * @param enterpriseId the enterprise (生产经营单位) concerned, referenced by its identity only
 * @param discoveredBy the account name of whoever found or recorded the finding
 */
public record HazardFinding(UUID enterpriseId, JurisdictionCode jurisdiction, IndustryCode industry, String location,
        String description, LocalDate discoveredOn, String discoveredBy, DiscoveryChannel channel,
        String sourceReference, List<AttachmentRef> attachments) {

    public HazardFinding {
        Require.notNull(enterpriseId, "enterpriseId");
        Require.notNull(jurisdiction, "jurisdiction");
        Require.notNull(industry, "industry");
        location = Require.maxLength(Require.notBlank(location, "location"), 200, "location");
        description = Require.maxLength(Require.notBlank(description, "description"), 2000, "description");
        Require.notNull(discoveredOn, "discoveredOn");
        discoveredBy = Require.maxLength(Require.notBlank(discoveredBy, "discoveredBy"), 100, "discoveredBy");
        Require.notNull(channel, "channel");
        sourceReference = Require.maxLength(Require.notBlank(sourceReference, "sourceReference"), 100,
                "sourceReference");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
