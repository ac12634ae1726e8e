package org.zhiben.hazards.mail;

import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.zhiben.hazards.EnterpriseContactRole;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardNotificationKind;
import org.zhiben.hazards.HazardNotifications;

/**
 * The notifications the use cases use: every notice goes to the in-app inbox, in the business transaction, and is
 * also e-mailed to the person after the transaction commits when mail is enabled and the person has an address
 * ({@link HazardMailer}). A mail that cannot be sent never undoes the inbox entry or the business change.
 */
@Primary
@Component
class InboxAndMailNotifications implements HazardNotifications {

    private final HazardNotifications inbox;
    private final HazardMailer mailer;

    InboxAndMailNotifications(@Qualifier("hazardNotificationInbox") HazardNotifications inbox, HazardMailer mailer) {
        this.inbox = inbox;
        this.mailer = mailer;
    }

    @Override
    public void notify(EnterpriseContactRole role, UUID enterpriseId, HazardId hazardId, HazardNotificationKind kind,
            Map<String, String> params) {
        inbox.notify(role, enterpriseId, hazardId, kind, params);
        mailer.mailAfterCommit(role, enterpriseId, hazardId, kind, params);
    }
}
