package org.zhiben.hazards.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.zhiben.hazards.storage.HazardInbox;
import org.zhiben.hazards.storage.HazardInbox.Notice;
import org.zhiben.identity.CurrentActors;
import org.zhiben.shared.NotFoundException;

/**
 * The signed-in user's inbox: the notices about the enterprises within the caller's data scope, and marking them read
 * for this user. A notice outside the scope is treated as one that does not exist.
 */
public class ReadInbox {

    private final HazardInbox inbox;
    private final CurrentActors actors;
    private final Clock clock;

    public ReadInbox(HazardInbox inbox, CurrentActors actors, Clock clock) {
        this.inbox = inbox;
        this.actors = actors;
        this.clock = clock;
    }

    /** The caller's notices, newest first, at most {@code limit}. */
    public List<Notice> notices(int limit) {
        return inbox.forReader(actors.scope(), actors.actor().username(), limit);
    }

    /** How many of the caller's notices they have not read yet. */
    public long unreadCount() {
        return inbox.unreadCount(actors.scope(), actors.actor().username());
    }

    /** Marks one notice read for the caller (again: nothing changes); 404 for one outside the caller's scope. */
    public void markRead(UUID noticeId) {
        if (!inbox.markRead(noticeId, actors.scope(), actors.actor().username(), clock.instant())) {
            throw new NotFoundException("notification", noticeId);
        }
    }

    /** Marks every notice of the caller read. @return how many were newly marked */
    public int markAllRead() {
        return inbox.markAllRead(actors.scope(), actors.actor().username(), clock.instant());
    }
}
