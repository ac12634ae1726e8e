package org.zhiben.hazards.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.hazards.application.ReadInbox;
import org.zhiben.hazards.web.HazardResponses.NotificationView;

/** The caller's inbox: the notices to the enterprises within the caller's data scope and to the caller's unit. */
@Tag(name = "Inbox", description = "通知")
@RestController
@RequestMapping("/api/v1/inbox")
class InboxController {

    /** How many notices one answer carries at most. */
    static final int SHOWN = 100;

    private final ReadInbox inbox;
    private final InboxTexts texts;

    InboxController(ReadInbox inbox, InboxTexts texts) {
        this.inbox = inbox;
        this.texts = texts;
    }

    @Operation(summary = "The caller's notices, newest first (at most 100), each with its text in the caller's language",
            description = "A notice to an enterprise is the caller's when the enterprise lies within the caller's data "
                    + "scope; a notice to a unit when the caller belongs to that unit. readAt is when the caller "
                    + "marked it read.")
    @GetMapping
    List<NotificationView> notices(Locale locale) {
        return inbox.notices(SHOWN).stream().map(n -> NotificationView.of(n, texts, locale)).toList();
    }
}
