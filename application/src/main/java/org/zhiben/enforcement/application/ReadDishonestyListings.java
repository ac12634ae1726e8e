package org.zhiben.enforcement.application;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.zhiben.enforcement.DishonestyListing;
import org.zhiben.enforcement.DishonestyListingId;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.shared.NotFoundException;

/**
 * Reads the serious-dishonesty list inside the caller's scope (a listing belongs to its enterprise's jurisdiction and
 * industry; an enterprise manager's scope is its own enterprise): every listing, newest notice first, one listing,
 * and the listings of an enterprise in force today.
 */
public class ReadDishonestyListings {

    private final EnforcementStore store;

    public ReadDishonestyListings(EnforcementStore store) {
        this.store = store;
    }

    /** The listings inside the caller's scope, newest notice first. */
    public List<DishonestyListing> list() {
        Map<UUID, Optional<Enterprise>> enterprises = new HashMap<>();
        return store.listings().findAll().stream()
                .filter(listing -> visible(enterprises.computeIfAbsent(listing.enterpriseId(),
                        id -> store.enterprises().findById(new EnterpriseId(id)))))
                .sorted(Comparator.comparing(DishonestyListing::notifiedOn).reversed())
                .toList();
    }

    /** One listing inside the caller's scope (one outside it is answered as one that does not exist). */
    public DishonestyListing find(DishonestyListingId id) {
        DishonestyListing listing = store.listings().findById(id)
                .orElseThrow(() -> new NotFoundException(DishonestyListing.ENTITY, id));
        if (!visible(store.enterprises().findById(new EnterpriseId(listing.enterpriseId())))) {
            throw new NotFoundException(DishonestyListing.ENTITY, id);
        }
        return listing;
    }

    /** The listings of an enterprise in force today (its badges). */
    public List<DishonestyListing> listedToday(UUID enterpriseId) {
        return store.listings().findByEnterprise(enterpriseId).stream()
                .filter(listing -> listing.isListedOn(store.today())).toList();
    }

    private boolean visible(Optional<Enterprise> enterprise) {
        return enterprise.isPresent() && store.inScope(enterprise.get().jurisdiction(), enterprise.get().industry(),
                enterprise.get().id().value());
    }
}
