package org.zhiben.hazards.storage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.zhiben.hazards.EnterpriseContactRole;
import org.zhiben.hazards.HazardNotificationKind;

/** The in-app inbox of the notices sent to enterprises about their hazards. */
public interface HazardInbox {

    /** One notice as the inbox shows it. */
    record Notice(UUID id, EnterpriseContactRole recipientRole, UUID enterpriseId, UUID hazardId,
            HazardNotificationKind kind, Map<String, String> params, Instant createdAt, Instant readAt) {
    }

    /** The enterprise's inbox, newest first. */
    List<Notice> forEnterprise(UUID enterpriseId);
}
