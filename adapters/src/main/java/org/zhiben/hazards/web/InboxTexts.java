package org.zhiben.hazards.web;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhiben.hazards.storage.HazardInbox.Notice;

/**
 * A notice of the inbox as its reader reads it: its text in the reader's language (a hazard notice from its kind and
 * named parameters, a posted one from its message code and arguments, found in the bundle of the module that posted
 * it), whom it was addressed to, and where it leads (its link, else its hazard's page).
 */
@Component
public class InboxTexts {

    private final MessageSource messages;

    InboxTexts(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * One notice as shown.
     *
     * @param number    the hazard's number for a hazard notice, else null
     * @param recipient to whom it was addressed, in the reader's language
     * @param href      where it leads, or null
     */
    public record Shown(UUID id, String number, String text, String recipient, String href, Instant createdAt,
            Instant readAt) {
    }

    public Shown show(Notice notice, Locale locale) {
        String href = notice.link() != null ? notice.link()
                : notice.hazardId() != null ? "/hazards/" + notice.hazardId() : null;
        return new Shown(notice.id(), notice.kind() == null ? null : notice.params().get("number"),
                text(notice, locale), recipient(notice, locale), href, notice.createdAt(), notice.readAt());
    }

    /** The notice's text in the language of the locale. */
    public String text(Notice notice, Locale locale) {
        if (notice.kind() == null) {
            return messages.getMessage(notice.messageCode(), notice.arguments().toArray(), notice.messageCode(),
                    locale);
        }
        Map<String, String> params = notice.params();
        return switch (notice.kind()) {
            case MAJOR_HAZARD_REGISTERED -> messages.getMessage("inbox.kind.MAJOR_HAZARD_REGISTERED",
                    new Object[] {params.get("location")}, locale);
            case ESCALATED -> messages.getMessage("inbox.kind.ESCALATED", new Object[] {
                    messages.getMessage("hz.escalation.step." + params.get("step"), null, locale),
                    params.get("deadline"), params.get("daysOverdue")}, locale);
        };
    }

    private String recipient(Notice notice, Locale locale) {
        if (notice.unit() != null) {
            return messages.getMessage("inbox.recipient.UNIT", new Object[] {notice.unit()}, locale);
        }
        if (notice.recipientRole() != null) {
            return messages.getMessage("inbox.recipient." + notice.recipientRole().name(), null, locale);
        }
        return messages.getMessage("inbox.recipient.ENTERPRISE", null, locale);
    }
}
