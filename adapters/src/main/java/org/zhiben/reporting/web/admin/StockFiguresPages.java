package org.zhiben.reporting.web.admin;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.identity.CurrentActors;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.reporting.StockRebuild;
import org.zhiben.reporting.StockRollUp;
import org.zhiben.reporting.StockTables;
import org.zhiben.reporting.application.ReadStockRebuilds;
import org.zhiben.reporting.application.StartStockRebuild;
import org.zhiben.reporting.jobs.StockRebuildJob;
import org.zhiben.shared.DomainException;

/**
 * The stock read model's admin page: every reporting unit's 附表1 totals for a month (the prefecture roll-up), the
 * latest rebuild with its progress, and, for the committee office, the button that rebuilds the model (confirmed
 * first).
 */
@PageController
@RequestMapping("/reporting/stock")
class StockFiguresPages {

    static final String READ = "SCOPE_reporting:read";
    static final String REVIEW = "SCOPE_reporting:review";

    private final StockTables tables;
    private final ReadStockRebuilds rebuilds;
    private final StartStockRebuild startRebuild;
    private final StockRebuildJob job;
    private final CurrentActors actors;
    private final Clock clock;

    StockFiguresPages(StockTables tables, ReadStockRebuilds rebuilds, StartStockRebuild startRebuild,
            StockRebuildJob job, CurrentActors actors, Clock clock) {
        this.tables = tables;
        this.rebuilds = rebuilds;
        this.startRebuild = startRebuild;
        this.job = job;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping
    String page(@RequestParam Optional<String> month, Model model) {
        PageAccess.require(READ);
        YearMonth chosen = YearMonth.now(clock);
        try {
            chosen = month.map(String::strip).filter(m -> !m.isEmpty()).map(YearMonth::parse).orElse(chosen);
        } catch (DateTimeParseException invalid) {
            model.addAttribute("monthInvalid", true);
        }
        model.addAttribute("month", chosen);
        StockRollUp rollUp = tables.rollUp(chosen);
        org.zhiben.shared.DataScope scope = actors.scope();
        model.addAttribute("units", rollUp.units().stream().filter(t -> t.unit().isWithin(scope)).toList());
        model.addAttribute("prefecture", scope.prefectureWide() ? rollUp.prefecture() : null);
        Optional<StockRebuild> latest = rebuilds.latest();
        model.addAttribute("rebuild", latest.orElse(null));
        model.addAttribute("canRebuild", PageAccess.has(REVIEW));
        return "stockmodel/stock-figures";
    }

    @PostMapping("/rebuild")
    String rebuild(RedirectAttributes redirect) {
        PageAccess.require(REVIEW);
        try {
            StockRebuild started = startRebuild.execute(actors.actor());
            job.launch(started.id());
            redirect.addFlashAttribute("success", "stock.rebuild.started");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("failure", refused.code());
            redirect.addFlashAttribute("failureArguments", refused.arguments().toArray());
        }
        return "redirect:/reporting/stock";
    }
}
