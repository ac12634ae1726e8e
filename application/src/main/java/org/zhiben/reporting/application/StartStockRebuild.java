package org.zhiben.reporting.application;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.hazards.HazardHistories;
import org.zhiben.reporting.StockRebuild;
import org.zhiben.reporting.storage.StockRebuilds;
import org.zhiben.shared.Actor;
import org.zhiben.shared.RuleViolationException;

/**
 * Starts a rebuild of the stock read model: refused while another one is running — one that has not finished and has
 * brought a page of hazards in (or started) within the last {@link #SILENT_FOR} minutes; a page takes seconds, so a
 * rebuild silent for longer was ended with its process and a new one may start; records who asked, when, and how many hazards there are to bring in, and audits it as
 * {@code stock-figures.rebuild-started}. The rebuild itself runs in the background, page by page.
 */
public class StartStockRebuild {

    static final Duration SILENT_FOR = Duration.ofMinutes(10);

    private final StockRebuilds rebuilds;
    private final HazardHistories histories;
    private final AuditRecorder audit;
    private final Clock clock;

    public StartStockRebuild(StockRebuilds rebuilds, HazardHistories histories, AuditRecorder audit, Clock clock) {
        this.rebuilds = rebuilds;
        this.histories = histories;
        this.audit = audit;
        this.clock = clock;
    }

    public StockRebuild execute(Actor actor) {
        rebuilds.latest()
                .filter(r -> r.status() == StockRebuild.Status.RUNNING
                        && r.lastSignOfLife().isAfter(clock.instant().minus(SILENT_FOR)))
                .ifPresent(r -> {
                    throw new RuleViolationException("reporting.stock.rebuild-running",
                            "a rebuild of the stock figures is already running", r.id());
                });
        StockRebuild started = new StockRebuild(UUID.randomUUID(), actor.username(), clock.instant(), null,
                StockRebuild.Status.RUNNING, histories.count(), 0, null, null);
        rebuilds.add(started);
        audit.record(actor, "StockFigures", started.id().toString(), "stock-figures.rebuild-started", null,
                "hazards=" + started.hazardsTotal());
        return started;
    }
}
