package org.zhiben.reporting;

import java.time.Instant;
import java.util.UUID;
import org.zhiben.shared.Require;

/**
 * A rebuild of the stock read model from the hazards' recorded history, with its progress: the hazards there were
 * when it started and how many it has brought in so far.
 *
 * @param finishedAt {@code null} while running
 * @param failure    why it failed; {@code null} unless {@link Status#FAILED}
 */
public record StockRebuild(UUID id, String requestedBy, Instant startedAt, Instant finishedAt, Status status,
        long hazardsTotal, long hazardsDone, String failure) {

    public enum Status { RUNNING, DONE, FAILED }

    public StockRebuild {
        Require.notNull(id, "id");
        Require.notBlank(requestedBy, "requestedBy");
        Require.notNull(startedAt, "startedAt");
        Require.notNull(status, "status");
    }
}
