package org.zhiben.hazards.notices;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhiben.hazards.HazardDetermined;
import org.zhiben.hazards.HazardEscalated;
import org.zhiben.hazards.HazardNotifications;
import org.zhiben.hazards.storage.MajorHazards;
import org.zhiben.hazards.application.NotifyEnterprise;

/**
 * Fills the in-app inbox from the hazards' events. Each method is a Spring Modulith listener: the event reaches it
 * after the change's transaction has committed, from the event publication registry, on a background thread and in a
 * transaction of its own; the publication is completed only when the notices are stored, and an incomplete one is
 * delivered again when the application restarts. The inbox stores a notice once per event and recipient role, so a
 * second delivery adds nothing.
 */
@Component
class InboxNotices {

    private final NotifyEnterprise notify;

    InboxNotices(MajorHazards hazards, @Qualifier("hazardNotificationInbox") HazardNotifications inbox) {
        this.notify = new NotifyEnterprise(hazards, inbox);
    }

    /** A hazard determined as major: both the principal and the actual controller get a notice. */
    @ApplicationModuleListener
    void on(HazardDetermined event) {
        notify.execute(event);
    }

    /** A step of the escalation ladder: both get a notice with the step, the deadline and the days overdue. */
    @ApplicationModuleListener
    void on(HazardEscalated event) {
        notify.execute(event);
    }
}
