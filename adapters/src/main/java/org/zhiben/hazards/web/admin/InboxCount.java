package org.zhiben.hazards.web.admin;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.zhiben.hazards.storage.HazardInbox;
import org.zhiben.identity.CurrentActors;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;

/** The number of unread notices in the signed-in user's inbox, for the header of every page (null when signed out). */
@ControllerAdvice(annotations = PageController.class)
class InboxCount {

    private final HazardInbox inbox;
    private final CurrentActors caller;
    private final Transactions transactions;

    InboxCount(HazardInbox inbox, CurrentActors caller, Transactions transactions) {
        this.inbox = inbox;
        this.caller = caller;
        this.transactions = transactions;
    }

    @ModelAttribute("unreadNotices")
    Long unreadNotices() {
        if (!PageAccess.has(HazardPages.READ)) {
            return null;
        }
        String username = caller.actor().username();
        return transactions.read(() -> inbox.unreadCount(caller.scope(), username));
    }
}
