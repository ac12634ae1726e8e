package org.zhiben.hazards;

import java.util.Map;
import java.util.UUID;

/**
 * Sends notices about a hazard to the enterprise's principal or actual controller (secondary port). The adapter finds
 * the person and the channel (SMS, message centre) from the enterprise's record; the domain sends no personal data.
 */
public interface HazardNotifications {

    /**
     * @param params the message parameters by name (e.g. {@code level}, {@code step}, {@code deadline}), as text
     */
    void notify(EnterpriseContactRole role, UUID enterpriseId, HazardId hazardId, HazardNotificationKind kind,
            Map<String, String> params);
}
