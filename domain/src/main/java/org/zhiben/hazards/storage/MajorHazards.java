package org.zhiben.hazards.storage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardPage;
import org.zhiben.hazards.HazardSearchCriteria;
import org.zhiben.hazards.HazardStatus;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/**
 * The major-hazard database (重大事故隐患数据库): where hazards are kept (secondary port), internal to the hazards module;
 * other modules learn of hazards through their events.
 */
public interface MajorHazards {

    /**
     * Stores a new or changed hazard with optimistic locking: the stored version must still be
     * {@link MajorHazard#version()} (the version it was loaded at), else
     * {@link org.zhiben.shared.StaleVersionException}; the stored version is then incremented (a new hazard is stored
     * at version 0).
     *
     * @return the version the hazard is stored at
     */
    long save(MajorHazard hazard);

    /**
     * Stores a hazard just registered (at version 0, under an id no stored hazard has): as {@link #save}, but the
     * store need not look for a stored one first; an id already stored is refused by the store's key.
     *
     * @return the version the hazard is stored at (0)
     */
    default long add(MajorHazard hazard) {
        return save(hazard);
    }

    Optional<MajorHazard> findById(HazardId id);

    /**
     * The hazards that match {@code criteria} (see {@link HazardSearchCriteria#matches}), ordered by discovery date,
     * newest first.
     */
    HazardPage search(HazardSearchCriteria criteria);

    /** Every hazard overdue on {@code today} ({@link MajorHazard#isOverdue(LocalDate)}). */
    List<MajorHazard> findOverdue(LocalDate today);

    /**
     * Every hazard that may count in the stock statistics — every hazard ever determined major — inside {@code scope}
     * (filtered by the store, see {@link DataScope}), optionally limited to a jurisdiction and/or an industry
     * ({@code null} = all), with their full history.
     */
    List<MajorHazard> findAllForStock(JurisdictionCode jurisdiction, IndustryCode industry, DataScope scope);

    /**
     * The hazards inside {@code scope} that wait for someone to act on them: those in one of {@code statuses}, and,
     * when {@code withPendingExtension}, those with a request to extend the deadline awaiting its decision
     * ({@link MajorHazard#pendingExtension()}); the earliest discovered first, at most {@code limit} of them.
     */
    List<MajorHazard> findWaiting(Set<HazardStatus> statuses, boolean withPendingExtension, DataScope scope,
            int limit);
}
