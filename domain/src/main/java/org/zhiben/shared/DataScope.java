package org.zhiben.shared;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Which data a caller may see and act on. A scope is the union of its parts: the whole prefecture, and/or some
 * jurisdictions (属地), and/or some industries (行业领域), and/or some enterprises. A matter — an enterprise, a hazard,
 * a task of a county — is inside the scope when any part covers it ({@link #permits}).
 *
 * <p>To filter a query, use the parts: when {@link #prefectureWide()} there is no filter; otherwise keep the rows
 * whose jurisdiction is in {@link #jurisdictions()} OR whose industry is in {@link #industries()} OR whose enterprise
 * is in {@link #enterpriseIds()}. An {@linkplain #isEmpty() empty} scope sees nothing.
 *
 * <p>The prefecture's own jurisdiction code (the plan's {@code prefecture.jurisdiction}, Kizilsu's 653000) encloses
 * all counties, cities and ports, so a scope that contains it is prefecture-wide: {@link #within} says so once the
 * prefecture is known.
 */
public record DataScope(boolean prefectureWide, Set<JurisdictionCode> jurisdictions, Set<IndustryCode> industries,
                        Set<UUID> enterpriseIds) {

    private static final DataScope NONE = new DataScope(false, Set.of(), Set.of(), Set.of());
    private static final DataScope PREFECTURE_WIDE = new DataScope(true, Set.of(), Set.of(), Set.of());

    public DataScope {
        Require.notNull(jurisdictions, "jurisdictions");
        Require.notNull(industries, "industries");
        Require.notNull(enterpriseIds, "enterpriseIds");
        if (prefectureWide) {
            prefectureWide = true;
            jurisdictions = Collections.emptySortedSet();
            industries = Collections.emptySortedSet();
            enterpriseIds = Collections.emptySortedSet();
        } else {
            jurisdictions = sortedCopy(jurisdictions);
            industries = sortedCopy(industries);
            enterpriseIds = sortedCopy(enterpriseIds);
        }
    }

    /** Sees nothing. */
    public static DataScope none() {
        return NONE;
    }

    /** Sees the whole prefecture. */
    public static DataScope wholePrefecture() {
        return PREFECTURE_WIDE;
    }

    /** Sees the given jurisdictions ({@link #within} the prefecture, the whole of it if one is the prefecture itself). */
    public static DataScope jurisdictions(Collection<JurisdictionCode> jurisdictions) {
        return new DataScope(false, Set.copyOf(jurisdictions), Set.of(), Set.of());
    }

    /** Sees one jurisdiction ({@link #within} the prefecture, the whole of it if it is the prefecture itself). */
    public static DataScope jurisdiction(JurisdictionCode jurisdiction) {
        return jurisdictions(Set.of(Require.notNull(jurisdiction, "jurisdiction")));
    }

    /** Sees the given industries, in every jurisdiction. */
    public static DataScope industries(Collection<IndustryCode> industries) {
        return new DataScope(false, Set.of(), Set.copyOf(industries), Set.of());
    }

    /** Sees one enterprise. */
    public static DataScope enterprise(UUID enterpriseId) {
        return new DataScope(false, Set.of(), Set.of(), Set.of(Require.notNull(enterpriseId, "enterpriseId")));
    }

    /** Sees what this scope or the other sees. */
    public DataScope union(DataScope other) {
        if (prefectureWide || other.prefectureWide) {
            return PREFECTURE_WIDE;
        }
        return new DataScope(false, merged(jurisdictions, other.jurisdictions), merged(industries, other.industries),
                merged(enterpriseIds, other.enterpriseIds));
    }

    /**
     * Whether a matter of the given jurisdiction, industry and enterprise is inside this scope. Any of them may be
     * null when the matter has none (a prefecture-level task has no enterprise; an enterprise's industry may still be
     * unknown): an absent attribute simply cannot grant access.
     */
    public boolean permits(JurisdictionCode jurisdiction, IndustryCode industry, UUID enterpriseId) {
        return prefectureWide
                || jurisdiction != null && jurisdictions.contains(jurisdiction)
                || industry != null && industries.contains(industry)
                || enterpriseId != null && enterpriseIds.contains(enterpriseId);
    }

    /**
     * This scope in the prefecture whose own jurisdiction code is given: the whole prefecture when the scope contains
     * that code (the prefecture encloses every county, city and port), otherwise this scope unchanged.
     */
    public DataScope within(JurisdictionCode prefecture) {
        Require.notNull(prefecture, "prefecture");
        return jurisdictions.contains(prefecture) ? PREFECTURE_WIDE : this;
    }

    /** Whether this scope sees nothing at all. */
    public boolean isEmpty() {
        return !prefectureWide && jurisdictions.isEmpty() && industries.isEmpty() && enterpriseIds.isEmpty();
    }

    private static <T extends Comparable<? super T>> SortedSet<T> sortedCopy(Set<T> values) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(values));
    }

    private static <T> Set<T> merged(Set<T> first, Set<T> second) {
        Set<T> all = new HashSet<>(first);
        all.addAll(second);
        return all;
    }
}
