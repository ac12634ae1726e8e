package org.zhiben.enterprises;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Flags another module puts on enterprises wherever they are shown (e.g. a listing on the serious-dishonesty list).
 * A read-only port: the enterprises module does not depend on those modules; they implement it, and the pages that
 * show an enterprise show the badges every implementation gives.
 */
public interface EnterpriseBadges {

    /** The badges in force today of each of the given enterprises; an enterprise without any is absent. */
    Map<UUID, List<Badge>> of(Collection<UUID> enterpriseIds);

    /**
     * One badge: its label and its explanation as message codes (the explanation takes {@code until} as its argument,
     * the day the badge stops applying, which may be null).
     */
    record Badge(String labelCode, String titleCode, LocalDate until) {
    }
}
