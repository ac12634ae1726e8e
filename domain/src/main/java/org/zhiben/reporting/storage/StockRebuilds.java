package org.zhiben.reporting.storage;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.zhiben.reporting.StockRebuild;

/** The rebuilds of the stock read model and their progress (write port, internal to reporting). */
public interface StockRebuilds {

    void add(StockRebuild rebuild);

    Optional<StockRebuild> find(UUID id);

    /** The latest rebuild started, if any. */
    Optional<StockRebuild> latest();

    /** Records the hazards brought in so far and when. */
    void progress(UUID id, long hazardsDone, Instant at);

    void finish(UUID id, StockRebuild.Status status, Instant at, String failure);
}
