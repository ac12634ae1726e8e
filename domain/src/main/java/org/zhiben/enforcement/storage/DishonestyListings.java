package org.zhiben.enforcement.storage;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.zhiben.enforcement.DishonestyListing;
import org.zhiben.enforcement.DishonestyListingId;

/** Where listings on the serious-dishonesty list are kept (write port, internal to enforcement). */
public interface DishonestyListings {

    /** Stores with optimistic locking, as {@link Inspections#save}. */
    long save(DishonestyListing listing);

    Optional<DishonestyListing> findById(DishonestyListingId id);

    List<DishonestyListing> findByEnterprise(UUID enterpriseId);

    List<DishonestyListing> findAll();
}
