package org.zhiben.enforcement.application;

import org.zhiben.enforcement.DishonestyListingId;
import org.zhiben.shared.Require;

/** Which listing of the serious-dishonesty list a step acts on, at the version the caller saw. */
public record ListingTarget(DishonestyListingId id, long expectedVersion) {

    public ListingTarget {
        Require.notNull(id, "listingId");
    }
}
