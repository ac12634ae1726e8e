package org.zhiben.enforcement.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.zhiben.enforcement.storage.DishonestyListings;
import org.zhiben.enterprises.EnterpriseBadges;

/**
 * The badge 严重失信 on every enterprise listed on the serious-dishonesty list today (“Listed enterprises and persons
 * are flagged wherever the enterprise is shown”): from the decision to the end of the 3-year management period, unless
 * removed early. A listing is public, so the badge is shown to whoever may see the enterprise.
 */
public class DishonestyBadges implements EnterpriseBadges {

    /** The message code of the badge's label. */
    public static final String LABEL = "enfc.badge.serious-dishonesty";
    /** The message code of the badge's explanation (until {0}). */
    public static final String TITLE = "enfc.badge.serious-dishonesty.title";

    private final DishonestyListings listings;
    private final java.time.Clock clock;

    public DishonestyBadges(DishonestyListings listings, java.time.Clock clock) {
        this.listings = listings;
        this.clock = clock;
    }

    @Override
    public Map<UUID, List<Badge>> of(Collection<UUID> enterpriseIds) {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, List<Badge>> badges = new LinkedHashMap<>();
        for (UUID id : new java.util.LinkedHashSet<>(enterpriseIds)) {
            listings.findByEnterprise(id).stream().filter(listing -> listing.isListedOn(today))
                    .map(listing -> listing.managementEndsOn().orElseThrow())
                    .max(java.util.Comparator.naturalOrder())
                    .ifPresent(until -> badges.put(id, List.of(new Badge(LABEL, TITLE, until))));
        }
        return badges;
    }
}
