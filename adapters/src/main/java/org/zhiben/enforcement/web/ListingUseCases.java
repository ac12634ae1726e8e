package org.zhiben.enforcement.web;

import org.springframework.stereotype.Component;
import org.zhiben.enforcement.application.DecideDishonestyListing;
import org.zhiben.enforcement.application.NotifyDishonestyListing;
import org.zhiben.enforcement.application.PublishDishonestyListing;
import org.zhiben.enforcement.application.ReadDishonestyListings;
import org.zhiben.enforcement.application.RemoveListingEarly;
import org.zhiben.enforcement.application.RevokeEarlyRemoval;

/** The use cases of the serious-dishonesty list, one per operation, as the API and the pages call them. */
@Component
public record ListingUseCases(NotifyDishonestyListing notifyParty, DecideDishonestyListing decide,
        PublishDishonestyListing publish, RemoveListingEarly removeEarly, RevokeEarlyRemoval revoke,
        ReadDishonestyListings read) {
}
