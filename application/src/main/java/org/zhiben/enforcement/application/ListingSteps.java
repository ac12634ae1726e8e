package org.zhiben.enforcement.application;

import java.time.LocalDate;
import org.zhiben.enforcement.DishonestyListing;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * What the steps of a listing share: the listing inside the caller's scope at the version the caller saw, a date that
 * may not lie in the future, and storing the changed listing with its audit entry.
 */
final class ListingSteps {

    private ListingSteps() {
    }

    static DishonestyListing load(EnforcementStore store, ListingTarget target) {
        Require.notNull(target, "target");
        return store.listing(target.id(), target.expectedVersion());
    }

    static LocalDate notInFuture(EnforcementStore store, LocalDate day, String field) {
        Require.notNull(day, field);
        if (day.isAfter(store.today())) {
            throw new InvalidValueException(field, "enforcement.date.in-future", "the date cannot be in the future",
                    day);
        }
        return day;
    }

    static DishonestyListing stored(EnforcementStore store, DishonestyListing listing, String action, String reason,
            String change) {
        DishonestyListing stored = store.store(listing);
        store.audit(DishonestyListing.ENTITY, stored.id(), action, reason, change);
        return stored;
    }
}
