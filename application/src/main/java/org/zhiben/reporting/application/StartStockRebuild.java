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
 * Starts a rebuild of the stock read model: refused while another one is running (one that started within the last
 * hour and has not finished); records who asked, when, and how many hazards there are to bring in, and audits it as
 * {@code stock-figures.rebuild-started}. The rebuild itself runs in the background, page by page.
 */
public class StartStockRebuild {

    static final Duration CONSIDERED_RUNNING = Duration.ofHours(1);

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
                        && r.startedAt().isAfter(clock.instant().minus(CONSIDERED_RUNNING)))
                .ifPresent(r -> {
                    throw new RuleViolationException("reporting.stock.rebuild-running",
                            "a rebuild of the stock figures is already running", r.id());
                });
        StockRebuild started = new StockRebuild(UUID.randomUUID(), actor.username(), clock.instant(), null,
                StockRebuild.Status.RUNNING, histories.count(), 0, null);
        rebuilds.add(started);
        audit.record(actor, "StockFigures", started.id().toString(), "stock-figures.rebuild-started", null,
                "hazards=" + started.hazardsTotal());
        return started;
    }
}
