package org.zhiben.hazards.notices;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhiben.hazards.HazardDetermined;
import org.zhiben.hazards.HazardEscalated;
import org.zhiben.hazards.HazardNotifications;
import org.zhiben.hazards.storage.MajorHazards;
import org.zhiben.hazards.application.NotifyEnterprise;

/**
 * E-mails the hazards' notices to the principal and the actual controller when mail is enabled
 * ({@code zhiben.notifications.mail.enabled}). Spring Modulith listeners, as {@link InboxNotices}: delivered after
 * the commit from the publication registry, on a background thread, independently of the inbox — a mail that cannot
 * be sent is logged and never undoes the inbox entry or the change. With mail off there is no such listener, so no
 * event is published to it: each published event costs a row of the registry and two transactions of the listener's
 * thread (ADR 13).
 */
@Component
@ConditionalOnBooleanProperty("zhiben.notifications.mail.enabled")
class MailNotices {

    private final NotifyEnterprise notify;

    MailNotices(MajorHazards hazards, @Qualifier("hazardNotificationMail") HazardNotifications mail) {
        this.notify = new NotifyEnterprise(hazards, mail);
    }

    @ApplicationModuleListener(readOnlyTransaction = true)
    void on(HazardDetermined event) {
        notify.execute(event);
    }

    @ApplicationModuleListener(readOnlyTransaction = true)
    void on(HazardEscalated event) {
        notify.execute(event);
    }
}
