package org.zhiben.hazards.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.zhiben.hazards.storage.HazardInbox;
import org.zhiben.hazards.storage.HazardInbox.Notice;
import org.zhiben.identity.CurrentActors;
import org.zhiben.shared.Actor;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.UnitCode;

/**
 * The signed-in user's inbox: the notices to the enterprises within the caller's data scope and those to the caller's
 * unit, and marking them read for this user. A notice outside the inbox is treated as one that does not exist.
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
        return inbox.forReader(reader(), limit);
    }

    /** How many of the caller's notices they have not read yet. */
    public long unreadCount() {
        return inbox.unreadCount(reader());
    }

    /** Marks one notice read for the caller (again: nothing changes); 404 for one outside the caller's scope. */
    public void markRead(UUID noticeId) {
        if (!inbox.markRead(noticeId, reader(), clock.instant())) {
            throw new NotFoundException("notification", noticeId);
        }
    }

    /** Marks every notice of the caller read. @return how many were newly marked */
    public int markAllRead() {
        return inbox.markAllRead(reader(), clock.instant());
    }

    private HazardInbox.Reader reader() {
        Actor actor = actors.actor();
        return new HazardInbox.Reader(actors.scope(), actor.unitCode() == null ? null : UnitCode.of(actor.unitCode()),
                actor.username());
    }
}
