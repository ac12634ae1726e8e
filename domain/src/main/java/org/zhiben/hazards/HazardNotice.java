package org.zhiben.hazards;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;

/**
 * A notice about a hazard to the enterprise's principal or actual controller, given because of one event: the event's
 * id and the recipient role identify the notice, so that a notice given again for the same event (a redelivery) is
 * recognised. Carries the enterprise's jurisdiction and industry, so that the notice can be shown within data scopes.
 *
 * @param params the message parameters by name (e.g. {@code level}, {@code step}, {@code deadline}), as text
 */
public record HazardNotice(UUID eventId, EnterpriseContactRole recipientRole, UUID enterpriseId, HazardId hazardId,
        JurisdictionCode jurisdiction, IndustryCode industry, HazardNotificationKind kind, Map<String, String> params,
        Instant occurredAt) {

    public HazardNotice {
        Require.notNull(eventId, "eventId");
        Require.notNull(recipientRole, "recipientRole");
        Require.notNull(enterpriseId, "enterpriseId");
        Require.notNull(hazardId, "hazardId");
        Require.notNull(kind, "kind");
        Require.notNull(occurredAt, "occurredAt");
        params = Map.copyOf(Require.notNull(params, "params"));
    }
}
