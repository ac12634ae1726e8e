package org.zhiben.hazards.web.admin;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.zhiben.hazards.application.ReadInbox;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;

/** The number of unread notices in the signed-in user's inbox, for the header of every page (null when signed out). */
@ControllerAdvice(annotations = PageController.class)
class InboxCount {

    private final ReadInbox inbox;

    InboxCount(ReadInbox inbox) {
        this.inbox = inbox;
    }

    @ModelAttribute("unreadNotices")
    Long unreadNotices() {
        if (!PageAccess.has(HazardPages.READ)) {
            return null;
        }
        return inbox.unreadCount();
    }
}
