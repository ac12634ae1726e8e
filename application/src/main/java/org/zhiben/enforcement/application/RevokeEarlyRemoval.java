package org.zhiben.enforcement.application;

import org.zhiben.enforcement.DishonestyListing;

/** Revokes an early removal found to rest on false information: the listing applies again until its period ends. */
public class RevokeEarlyRemoval {

    public static final String ACTION = "dishonesty-listing.removal-revoked";

    private final EnforcementStore store;

    public RevokeEarlyRemoval(EnforcementStore store) {
        this.store = store;
    }

    public DishonestyListing execute(ListingTarget target, String reason) {
        DishonestyListing listing = ListingSteps.load(store, target);
        listing.revokeEarlyRemoval(reason, store.caller(), store.now());
        return ListingSteps.stored(store, listing, ACTION, reason, "status=" + listing.status());
    }
}
