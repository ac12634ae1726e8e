package org.zhiben.hazards.storage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.zhiben.hazards.EnterpriseContactRole;
import org.zhiben.hazards.HazardNotificationKind;
import org.zhiben.shared.DataScope;

/** The in-app inbox of the notices sent to enterprises about their hazards. */
public interface HazardInbox {

    /**
     * One notice as the inbox shows it.
     *
     * @param readAt when the reader marked it read (for {@link #forReader}); null while unread
     */
    record Notice(UUID id, EnterpriseContactRole recipientRole, UUID enterpriseId, UUID hazardId,
            HazardNotificationKind kind, Map<String, String> params, Instant createdAt, Instant readAt) {
    }

    /** The enterprise's inbox, newest first. */
    List<Notice> forEnterprise(UUID enterpriseId);

    /**
     * A signed-in user's inbox: the notices about the enterprises within the user's data scope, newest first, at most
     * {@code limit}, each marked read when this user has read it.
     */
    List<Notice> forReader(DataScope scope, String username, int limit);

    /** How many notices within the scope this user has not read yet. */
    long unreadCount(DataScope scope, String username);

    /**
     * Marks one notice read for this user (again: nothing changes).
     *
     * @return false when there is no such notice within the scope
     */
    boolean markRead(UUID noticeId, DataScope scope, String username, Instant at);

    /** Marks every notice within the scope read for this user. @return how many were newly marked */
    int markAllRead(DataScope scope, String username, Instant at);
}
