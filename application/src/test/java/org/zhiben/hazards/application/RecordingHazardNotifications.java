package org.zhiben.hazards.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.zhiben.hazards.EnterpriseContactRole;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardNotice;
import org.zhiben.hazards.HazardNotificationKind;
import org.zhiben.hazards.HazardNotifications;

final class RecordingHazardNotifications implements HazardNotifications {

    record Notice(EnterpriseContactRole role, UUID enterpriseId, HazardId hazardId, HazardNotificationKind kind,
            Map<String, String> params, UUID eventId) {
    }

    final List<Notice> sent = new ArrayList<>();

    @Override
    public void notify(HazardNotice notice) {
        sent.add(new Notice(notice.recipientRole(), notice.enterpriseId(), notice.hazardId(), notice.kind(),
                notice.params(), notice.eventId()));
    }
}
