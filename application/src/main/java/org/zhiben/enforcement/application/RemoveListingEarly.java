package org.zhiben.enforcement.application;

import java.time.LocalDate;
import org.zhiben.enforcement.DishonestyListing;

/**
 * 提前移出: removes a published listing on an application made at least 12 months after the decision and within the
 * 3-year management period, once the conditions are met.
 */
public class RemoveListingEarly {

    public static final String ACTION = "dishonesty-listing.removed-early";

    private final EnforcementStore store;

    public RemoveListingEarly(EnforcementStore store) {
        this.store = store;
    }

    public DishonestyListing execute(ListingTarget target, LocalDate appliedOn, boolean conditionsMet) {
        DishonestyListing listing = ListingSteps.load(store, target);
        listing.removeEarly(ListingSteps.notInFuture(store, appliedOn, "appliedOn"), conditionsMet, store.caller(),
                store.now());
        return ListingSteps.stored(store, listing, ACTION, null, "removedOn=" + appliedOn);
    }
}
