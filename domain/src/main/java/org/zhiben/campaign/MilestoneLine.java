package org.zhiben.campaign;

import java.time.LocalDate;

import org.zhiben.shared.Require;

/**
 * A milestone as the ledger shows it on a given day.
 *
 * @param completedOn   the day reported by the earliest entry that completes it; null when not completed
 * @param completedLate whether it was completed after its due date
 */
public record MilestoneLine(Milestone milestone, MilestoneStatus status, LocalDate completedOn,
                            boolean completedLate) {

    public MilestoneLine {
        Require.notNull(milestone, "milestone");
        Require.notNull(status, "status");
    }
}
