package org.zhiben.hazards;

import java.time.LocalDate;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * Listing supervision of a major hazard (挂牌督办): which level lists it, the supervising and the responsible unit,
 * when, and the deadline for rectification under listing — at most one year after the listing when it is listed. A
 * listing in force has no {@code removedOn}; its removal (摘牌) records the date and the reason.
 *
 * <p>The listing follows the hazard: an approved deadline extension moves the listing deadline with the rectification
 * deadline ({@code deadline}; {@code deadlineAsListed} keeps the one set at the listing), and the write-off or the
 * cancellation of the hazard removes the listing.
 */
public record Listing(ListingLevel level, UnitCode supervisingUnit, UnitCode responsibleUnit, LocalDate listedOn,
        LocalDate deadline, LocalDate removedOn, String removalReason, LocalDate deadlineAsListed) {

    public Listing {
        Require.notNull(level, "listing.level");
        Require.notNull(supervisingUnit, "listing.supervisingUnit");
        Require.notNull(responsibleUnit, "listing.responsibleUnit");
        Require.notNull(listedOn, "listing.listedOn");
        Require.notNull(deadline, "listing.deadline");
        if (!deadline.isAfter(listedOn)) {
            throw new InvalidValueException("listing.deadline", "hazard.listing.deadline-not-after-listing",
                    "the listing deadline must be after the listing date", deadline, listedOn);
        }
        deadlineAsListed = deadlineAsListed == null ? deadline : deadlineAsListed;
        if (removedOn != null) {
            if (removedOn.isBefore(listedOn)) {
                throw new InvalidValueException("listing.removedOn", "hazard.listing.removal-before-listing",
                        "a listing cannot be removed before it was listed", removedOn, listedOn);
            }
            removalReason = Require.maxLength(Require.notBlank(removalReason, "listing.removalReason"), 2000,
                    "listing.removalReason");
        } else if (removalReason != null) {
            throw new InvalidValueException("listing.removalReason", "hazard.listing.reason-without-removal",
                    "a listing in force has no removal reason");
        }
    }

    /** A new listing in force. */
    public static Listing of(ListingLevel level, UnitCode supervisingUnit, UnitCode responsibleUnit,
            LocalDate listedOn, LocalDate deadline) {
        Require.notNull(listedOn, "listing.listedOn");
        if (deadline != null && deadline.isAfter(listedOn.plusYears(1))) {
            throw new InvalidValueException("listing.deadline", "hazard.listing.deadline-too-late",
                    "the listing deadline must be at most one year after the listing date", deadline,
                    listedOn.plusYears(1));
        }
        return new Listing(level, supervisingUnit, responsibleUnit, listedOn, deadline, null, null, deadline);
    }

    /** Whether an approved deadline extension moved the listing deadline after the listing. */
    public boolean deadlineMoved() {
        return !deadline.equals(deadlineAsListed);
    }

    public boolean inForce() {
        return removedOn == null;
    }

    /** Listed on the given date: listed on or before it and not removed on or before it. */
    public boolean inForceOn(LocalDate date) {
        return !listedOn.isAfter(date) && (removedOn == null || removedOn.isAfter(date));
    }

    Listing removed(LocalDate on, String reason) {
        return new Listing(level, supervisingUnit, responsibleUnit, listedOn, deadline, on, reason, deadlineAsListed);
    }

    Listing withDeadline(LocalDate newDeadline) {
        return new Listing(level, supervisingUnit, responsibleUnit, listedOn, newDeadline, removedOn, removalReason,
                deadlineAsListed);
    }
}
