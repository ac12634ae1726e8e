package org.zhiben.reporting.application;

import java.util.Optional;
import java.util.UUID;
import org.zhiben.reporting.StockRebuild;
import org.zhiben.reporting.storage.StockRebuilds;
import org.zhiben.shared.NotFoundException;

/** The rebuilds of the stock read model with their progress. */
public class ReadStockRebuilds {

    private final StockRebuilds rebuilds;

    public ReadStockRebuilds(StockRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    /** @throws NotFoundException when there is no such rebuild */
    public StockRebuild find(UUID id) {
        return rebuilds.find(id).orElseThrow(() -> new NotFoundException("StockRebuild", id));
    }

    /** The latest rebuild started, if any. */
    public Optional<StockRebuild> latest() {
        return rebuilds.latest();
    }
}
