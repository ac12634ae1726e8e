package org.zhiben.enforcement.application;

import java.time.LocalDate;
import org.zhiben.enforcement.DishonestyListing;

/** 列入决定: the written decision to list, by the deciding unit, once the objection period is over. */
public class DecideDishonestyListing {

    public static final String ACTION = "dishonesty-listing.decided";

    private final EnforcementStore store;

    public DecideDishonestyListing(EnforcementStore store) {
        this.store = store;
    }

    public DishonestyListing execute(ListingTarget target, LocalDate on) {
        DishonestyListing listing = ListingSteps.load(store, target);
        listing.decide(ListingSteps.notInFuture(store, on, "decidedOn"), store.caller(), store.now());
        return ListingSteps.stored(store, listing, ACTION, null, "decidedOn=" + on + ";until="
                + listing.managementEndsOn().orElseThrow());
    }
}
