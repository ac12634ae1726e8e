package org.zhiben.hazards.web.admin;

import java.util.Locale;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.hazards.application.ReadInbox;
import org.zhiben.hazards.web.InboxTexts;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;

/**
 * The signed-in user's inbox (通知): the notices given to the principals and actual controllers of the enterprises
 * within the user's data scope, the notices other modules posted to those enterprises or to the user's unit, newest
 * first, each in the reader's language and marked read by this user or not. Every role that signs in reads hazards, so
 * every signed-in user has an inbox; a notice outside the user's inbox is not shown and cannot be marked (404).
 */
@PageController
@RequestMapping("/inbox")
class InboxPages {

    /** How many notices the page shows at most. */
    static final int SHOWN = 100;

    private final ReadInbox inbox;
    private final InboxTexts texts;

    InboxPages(ReadInbox inbox, InboxTexts texts) {
        this.inbox = inbox;
        this.texts = texts;
    }

    @GetMapping
    String inbox(Model model, Locale locale) {
        PageAccess.require(HazardPages.READ);
        model.addAttribute("notices", inbox.notices(SHOWN).stream().map(n -> texts.show(n, locale)).toList());
        model.addAttribute("unread", inbox.unreadCount());
        return "hazards/inbox";
    }

    @PostMapping("/{id}/read")
    String markRead(@PathVariable UUID id) {
        PageAccess.require(HazardPages.READ);
        inbox.markRead(id);
        return "redirect:/inbox";
    }

    @PostMapping("/read-all")
    String markAllRead(RedirectAttributes redirect) {
        PageAccess.require(HazardPages.READ);
        inbox.markAllRead();
        redirect.addFlashAttribute("success", "inbox.all-read");
        return "redirect:/inbox";
    }
}
