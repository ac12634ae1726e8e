package org.zhiben.hazards;

/**
 * Gives notices about a hazard to the enterprise's principal or actual controller through one channel (secondary
 * port): the in-app inbox, e-mail. The adapter finds the person and the address from the enterprise's record; the
 * notice carries no personal data. A channel is idempotent: the same notice given twice (same event id and recipient
 * role) is given once.
 */
public interface HazardNotifications {

    void notify(HazardNotice notice);
}
