package org.zhiben.reporting.jobs;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.zhiben.hazards.HazardHistories;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.reporting.StockRebuild;
import org.zhiben.reporting.application.KeepStockFigures;
import org.zhiben.reporting.storage.StockLedger;
import org.zhiben.reporting.storage.StockRebuilds;
import org.zhiben.platform.tx.Transactions;

/**
 * Runs a started rebuild of the stock read model in the background: forgets the model, then brings the hazards in
 * from their recorded history a page of {@value #PAGE} at a time (one transaction each, so memory stays bounded),
 * writing the progress after each page, works the months' running sums out once, and marks the rebuild done — or failed, with the reason. Events that arrive
 * meanwhile are kept as usual: a hazard's line is worked out from all its facts, whichever came first.
 */
@Component
public class StockRebuildJob implements DisposableBean {

    static final int PAGE = 500;
    private static final Logger log = LoggerFactory.getLogger(StockRebuildJob.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "stock-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final StockLedger ledger;
    private final StockRebuilds rebuilds;
    private final HazardHistories histories;
    private final KeepStockFigures keep;
    private final Transactions transactions;
    private final Clock clock;

    StockRebuildJob(StockLedger ledger, StockRebuilds rebuilds, HazardHistories histories, KeepStockFigures keep,
            Transactions transactions, Clock clock) {
        this.ledger = ledger;
        this.rebuilds = rebuilds;
        this.histories = histories;
        this.keep = keep;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Runs the rebuild in the background. */
    public void launch(UUID rebuild) {
        executor.execute(() -> run(rebuild));
    }

    void run(UUID rebuild) {
        try {
            transactions.write(ledger::clear);
            long done = 0;
            UUID after = null;
            while (true) {
                List<MajorHazard> page = histories.page(after, PAGE);
                if (page.isEmpty()) {
                    break;
                }
                done += keep.resync(page);
                after = page.get(page.size() - 1).id().value();
                rebuilds.progress(rebuild, done, clock.instant());
            }
            transactions.write(ledger::recomputeBalances);
            rebuilds.finish(rebuild, StockRebuild.Status.DONE, clock.instant(), null);
        } catch (RuntimeException e) {
            log.error("rebuild {} of the stock figures failed", rebuild, e);
            rebuilds.finish(rebuild, StockRebuild.Status.FAILED, clock.instant(), e.getClass().getSimpleName() + ": "
                    + e.getMessage());
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
