package org.zhiben.hazards;

import java.time.LocalDate;
import org.zhiben.shared.Require;

/**
 * Where a dated target of the campaign stands. A target is set for a period ("2026年底前形成重大事故隐患动态清零的常态化机制":
 * the period ends on 31 December 2026): it can only be met or missed once that period has ended. Until then it is in
 * progress, on track when the figures already satisfy it, behind when they do not yet.
 */
public enum TargetProgress {
    /** The period has ended and the target was reached (已达成). */
    MET,
    /** The period has ended and the target was not reached (未达成). */
    MISSED,
    /** The period runs, and the figures so far satisfy the target (进行中，目前达标). */
    ON_TRACK,
    /** The period runs, and the figures so far do not satisfy the target yet (进行中，尚未达标). */
    BEHIND;

    /**
     * The state of a target whose period ends with the day {@code periodEnds}, seen on {@code asOf} with the figures of
     * that day.
     */
    public static TargetProgress of(boolean satisfied, LocalDate asOf, LocalDate periodEnds) {
        Require.notNull(asOf, "asOf");
        Require.notNull(periodEnds, "periodEnds");
        if (asOf.isAfter(periodEnds)) {
            return satisfied ? MET : MISSED;
        }
        return satisfied ? ON_TRACK : BEHIND;
    }

    /** Whether the period has ended, so that the target is decided. */
    public boolean decided() {
        return this == MET || this == MISSED;
    }
}
