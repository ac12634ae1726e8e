package org.zhiben.hazards;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a hazard stands in its closed loop (闭环销号). The allowed moves are the table {@link #allowedNext()}:
 *
 * <pre>
 * REPORTED    → DETERMINED, CANCELLED
 * DETERMINED  → RECTIFYING, CANCELLED
 * RECTIFYING  → RECTIFIED, CANCELLED
 * RECTIFIED   → VERIFIED, RECTIFYING (acceptance refused)
 * VERIFIED    → WRITTEN_OFF
 * WRITTEN_OFF → (none)
 * CANCELLED   → (none)
 * </pre>
 */
public enum HazardStatus {
    REPORTED("已上报"),
    DETERMINED("已判定"),
    RECTIFYING("整改中"),
    RECTIFIED("已整改待验收"),
    VERIFIED("已验收"),
    WRITTEN_OFF("已销号"),
    CANCELLED("已撤销");

    private static final Map<HazardStatus, Set<HazardStatus>> TRANSITIONS = new EnumMap<>(HazardStatus.class);

    static {
        TRANSITIONS.put(REPORTED, EnumSet.of(DETERMINED, CANCELLED));
        TRANSITIONS.put(DETERMINED, EnumSet.of(RECTIFYING, CANCELLED));
        TRANSITIONS.put(RECTIFYING, EnumSet.of(RECTIFIED, CANCELLED));
        TRANSITIONS.put(RECTIFIED, EnumSet.of(VERIFIED, RECTIFYING));
        TRANSITIONS.put(VERIFIED, EnumSet.of(WRITTEN_OFF));
        TRANSITIONS.put(WRITTEN_OFF, EnumSet.noneOf(HazardStatus.class));
        TRANSITIONS.put(CANCELLED, EnumSet.noneOf(HazardStatus.class));
    }

    private final String label;

    HazardStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses this one may move to. */
    public Set<HazardStatus> allowedNext() {
        return Collections.unmodifiableSet(TRANSITIONS.get(this));
    }

    public boolean canMoveTo(HazardStatus next) {
        return TRANSITIONS.get(this).contains(next);
    }

    /** Written off or cancelled: the hazard has left the database's open list for good. */
    public boolean isClosed() {
        return this == WRITTEN_OFF || this == CANCELLED;
    }
}
