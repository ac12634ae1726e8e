package org.zhiben.reporting;

import java.time.Instant;
import java.util.UUID;
import org.zhiben.shared.Require;

/**
 * A rebuild of the stock read model from the hazards' recorded history, with its progress: the hazards there were
 * when it started and how many it has brought in so far.
 *
 * @param finishedAt   {@code null} while running
 * @param failure      why it failed; {@code null} unless {@link Status#FAILED}
 * @param progressedAt when it last brought a page of hazards in; {@code null} before the first
 */
public record StockRebuild(UUID id, String requestedBy, Instant startedAt, Instant finishedAt, Status status,
        long hazardsTotal, long hazardsDone, String failure, Instant progressedAt) {

    public enum Status { RUNNING, DONE, FAILED }

    public StockRebuild {
        Require.notNull(id, "id");
        Require.notBlank(requestedBy, "requestedBy");
        Require.notNull(startedAt, "startedAt");
        Require.notNull(status, "status");
    }

    /** When the rebuild last showed it was alive: its last page brought in, or its start. */
    public Instant lastSignOfLife() {
        return progressedAt == null ? startedAt : progressedAt;
    }
}
