package org.zhiben.enforcement.application;

import org.zhiben.enforcement.DishonestyListing;

/** 公开: publishes a decided listing today. */
public class PublishDishonestyListing {

    public static final String ACTION = "dishonesty-listing.published";

    private final EnforcementStore store;

    public PublishDishonestyListing(EnforcementStore store) {
        this.store = store;
    }

    public DishonestyListing execute(ListingTarget target) {
        DishonestyListing listing = ListingSteps.load(store, target);
        listing.publish(store.today(), store.caller(), store.now());
        return ListingSteps.stored(store, listing, ACTION, null, "publishedOn=" + store.today());
    }
}
