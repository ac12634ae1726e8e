package org.zhiben.hazards.storage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.zhiben.hazards.EnterpriseContactRole;
import org.zhiben.hazards.HazardNotificationKind;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.UnitCode;

/**
 * The in-app inbox as its readers see it: the notices about hazards sent to enterprises, and the notices other modules
 * post ({@link org.zhiben.hazards.Inbox}) to an enterprise or to an organisation unit.
 */
public interface HazardInbox {

    /**
     * One notice as the inbox shows it. A notice about a hazard given by the hazards module itself has a
     * {@code recipientRole} and a {@code kind} with named {@code params}; a posted one has neither, and carries its
     * {@code messageCode} with its {@code arguments} in order.
     *
     * @param enterpriseId the enterprise it is addressed to, or null when it is addressed to a unit
     * @param unit         the unit it is addressed to, or null when it is addressed to an enterprise
     * @param hazardId     the hazard it is about, or null
     * @param link         the path it leads to, or null
     * @param readAt       when the reader marked it read (for {@link #forReader}); null while unread
     */
    record Notice(UUID id, EnterpriseContactRole recipientRole, UUID enterpriseId, UnitCode unit, UUID hazardId,
            HazardNotificationKind kind, Map<String, String> params, String messageCode, List<Object> arguments,
            String link, Instant createdAt, Instant readAt) {
    }

    /**
     * Who reads: the notices to the enterprises within the data scope and those to the reader's unit (null for an
     * enterprise's user, who belongs to no unit) are theirs; what they have read is kept under their username.
     */
    record Reader(DataScope scope, UnitCode unit, String username) {
    }

    /** The notices to the enterprise, newest first. */
    List<Notice> forEnterprise(UUID enterpriseId);

    /** The reader's inbox, newest first, at most {@code limit}, each marked read when this reader has read it. */
    List<Notice> forReader(Reader reader, int limit);

    /** How many of the reader's notices they have not read yet. */
    long unreadCount(Reader reader);

    /**
     * Marks one notice read for this reader (again: nothing changes).
     *
     * @return false when there is no such notice in the reader's inbox
     */
    boolean markRead(UUID noticeId, Reader reader, Instant at);

    /** Marks every notice of the reader read. @return how many were newly marked */
    int markAllRead(Reader reader, Instant at);
}
