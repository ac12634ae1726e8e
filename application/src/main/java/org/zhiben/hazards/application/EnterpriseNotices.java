package org.zhiben.hazards.application;

import java.util.Map;
import org.zhiben.hazards.EnterpriseContactRole;
import org.zhiben.hazards.HazardNotificationKind;
import org.zhiben.hazards.HazardNotifications;
import org.zhiben.hazards.MajorHazard;

/**
 * Notifies both the principal and the actual controller of the enterprise. Task 23: "及时将重大事故隐患信息通知到相关企业
 * 的主要负责人、实际控制人".
 */
final class EnterpriseNotices {

    private final HazardNotifications notifications;

    EnterpriseNotices(HazardNotifications notifications) {
        this.notifications = notifications;
    }

    void notifyPrincipalAndActualController(MajorHazard hazard, HazardNotificationKind kind,
            Map<String, String> params) {
        for (EnterpriseContactRole role : EnterpriseContactRole.values()) {
            notifications.notify(role, hazard.enterpriseId(), hazard.id(), kind, params);
        }
    }

    void notifyMajorHazardRegistered(MajorHazard hazard) {
        notifyPrincipalAndActualController(hazard, HazardNotificationKind.MAJOR_HAZARD_REGISTERED, Map.of(
                "clause", hazard.clause().toString(),
                "discoveredOn", hazard.discoveredOn().toString(),
                "location", hazard.location()));
    }
}
