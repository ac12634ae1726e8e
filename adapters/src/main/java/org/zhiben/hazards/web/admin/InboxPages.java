package org.zhiben.hazards.web.admin;

import java.time.Clock;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.hazards.storage.HazardInbox;
import org.zhiben.identity.CurrentActors;
import org.zhiben.identity.DataScope;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.shared.NotFoundException;

/**
 * The signed-in user's inbox (通知): the notices given to the principals and actual controllers of the enterprises
 * within the user's data scope, newest first, each marked read by this user or not. Every role that signs in reads
 * hazards, so every signed-in user has an inbox; a notice outside the user's scope is not shown and cannot be marked
 * (404).
 */
@PageController
@RequestMapping("/inbox")
class InboxPages {

    /** How many notices the page shows at most. */
    static final int SHOWN = 100;

    private final HazardInbox inbox;
    private final CurrentActors caller;
    private final Transactions transactions;
    private final Clock clock;

    InboxPages(HazardInbox inbox, CurrentActors caller, Transactions transactions, Clock clock) {
        this.inbox = inbox;
        this.caller = caller;
        this.transactions = transactions;
        this.clock = clock;
    }

    @GetMapping
    String inbox(Model model) {
        PageAccess.require(HazardPages.READ);
        DataScope scope = caller.scope();
        String username = caller.actor().username();
        model.addAttribute("notices", transactions.read(() -> inbox.forReader(scope, username, SHOWN)));
        model.addAttribute("unread", transactions.read(() -> inbox.unreadCount(scope, username)));
        return "hazards/inbox";
    }

    @PostMapping("/{id}/read")
    String markRead(@PathVariable UUID id) {
        PageAccess.require(HazardPages.READ);
        DataScope scope = caller.scope();
        String username = caller.actor().username();
        if (!transactions.write(() -> inbox.markRead(id, scope, username, clock.instant()))) {
            throw new NotFoundException("notification", id);
        }
        return "redirect:/inbox";
    }

    @PostMapping("/read-all")
    String markAllRead(RedirectAttributes redirect) {
        PageAccess.require(HazardPages.READ);
        DataScope scope = caller.scope();
        String username = caller.actor().username();
        transactions.write(() -> inbox.markAllRead(scope, username, clock.instant()));
        redirect.addFlashAttribute("success", "inbox.all-read");
        return "redirect:/inbox";
    }
}
