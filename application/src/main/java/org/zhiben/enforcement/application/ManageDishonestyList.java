package org.zhiben.enforcement.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.zhiben.enforcement.DishonestyListPeriods;
import org.zhiben.enforcement.DishonestyListing;
import org.zhiben.enforcement.DishonestyListingId;
import org.zhiben.enforcement.DishonestySituation;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.enforcement.PenaltyCaseId;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * The serious-dishonesty list: notice on the basis of a decided case (by the unit that decided it), decision after
 * the objection period, publication, early removal after 12 months, revocation of an early removal found false; and
 * whether an enterprise is listed today, for the badges wherever the enterprise is shown.
 */
public class ManageDishonestyList {

    public static final String NOTIFIED = "dishonesty-listing.notified";
    public static final String DECIDED = "dishonesty-listing.decided";
    public static final String PUBLISHED = "dishonesty-listing.published";
    public static final String REMOVED_EARLY = "dishonesty-listing.removed-early";
    public static final String REMOVAL_REVOKED = "dishonesty-listing.removal-revoked";

    /** Which listing, at which version. */
    public record Target(DishonestyListingId id, long expectedVersion) {

        public Target {
            Require.notNull(id, "listingId");
        }
    }

    private final EnforcementStore store;

    public ManageDishonestyList(EnforcementStore store) {
        this.store = store;
    }

    public DishonestyListing notifyParty(PenaltyCaseId caseId, DishonestySituation situation, String personName,
            LocalDate on) {
        PenaltyCase decided = store.penaltyCase(caseId);
        LocalDate notifiedOn = notInFuture(on);
        DishonestyListing listing = DishonestyListing.notify(DishonestyListingId.newId(), decided, situation,
                personName, DishonestyListPeriods.inForceOn(store.rules().dishonestyPeriods(), notifiedOn).rules(),
                notifiedOn, store.caller());
        return stored(listing, NOTIFIED, null, "case=" + caseId + ";situation=" + situation + ";person="
                + listing.personName().isPresent());
    }

    public DishonestyListing decide(Target target, LocalDate on) {
        DishonestyListing listing = store.listing(target.id(), target.expectedVersion());
        listing.decide(notInFuture(on), store.caller(), store.now());
        return stored(listing, DECIDED, null, "decidedOn=" + on + ";until=" + listing.managementEndsOn().orElseThrow());
    }

    public DishonestyListing publish(Target target) {
        DishonestyListing listing = store.listing(target.id(), target.expectedVersion());
        listing.publish(store.today(), store.caller(), store.now());
        return stored(listing, PUBLISHED, null, "publishedOn=" + store.today());
    }

    public DishonestyListing removeEarly(Target target, LocalDate appliedOn, boolean conditionsMet) {
        DishonestyListing listing = store.listing(target.id(), target.expectedVersion());
        listing.removeEarly(notInFuture(appliedOn), conditionsMet, store.caller(), store.now());
        return stored(listing, REMOVED_EARLY, null, "removedOn=" + appliedOn);
    }

    public DishonestyListing revokeEarlyRemoval(Target target, String reason) {
        DishonestyListing listing = store.listing(target.id(), target.expectedVersion());
        listing.revokeEarlyRemoval(reason, store.caller(), store.now());
        return stored(listing, REMOVAL_REVOKED, reason, "status=" + listing.status());
    }

    /** The listings of an enterprise in force today (its badges). */
    public List<DishonestyListing> listedToday(UUID enterpriseId) {
        return store.listings().findByEnterprise(enterpriseId).stream()
                .filter(listing -> listing.isListedOn(store.today())).toList();
    }

    private LocalDate notInFuture(LocalDate day) {
        Require.notNull(day, "date");
        if (day.isAfter(store.today())) {
            throw new InvalidValueException("date", "enforcement.date.in-future", "the date cannot be in the future",
                    day);
        }
        return day;
    }

    private DishonestyListing stored(DishonestyListing listing, String action, String reason, String change) {
        DishonestyListing stored = store.store(listing);
        store.audit(DishonestyListing.ENTITY, stored.id(), action, reason, change);
        return stored;
    }
}
