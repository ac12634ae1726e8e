package org.zhiben.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.identity.CurrentActors;
import org.zhiben.reporting.StockRebuild;
import org.zhiben.reporting.StockRollUp;
import org.zhiben.reporting.StockTable;
import org.zhiben.reporting.StockTables;
import org.zhiben.reporting.application.ReadStockRebuilds;
import org.zhiben.reporting.application.StartStockRebuild;
import org.zhiben.reporting.jobs.StockRebuildJob;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.UnitCode;

/**
 * The monthly stock read model (附表1): a reporting unit's table of a month, the prefecture roll-up, and the rebuild
 * of the model from the hazards' history with its progress.
 */
@Tag(name = "Reporting: hazard stock figures", description = "附表1 读模型：单位月报、全州汇总、重建")
@RestController
@RequestMapping("/api/v1/reporting/stock")
class StockFiguresController {

    private final StockTables tables;
    private final StartStockRebuild startRebuild;
    private final ReadStockRebuilds readRebuilds;
    private final StockRebuildJob job;
    private final CurrentActors actors;

    StockFiguresController(StockTables tables, StartStockRebuild startRebuild, ReadStockRebuilds readRebuilds,
            StockRebuildJob job, CurrentActors actors) {
        this.tables = tables;
        this.startRebuild = startRebuild;
        this.readRebuilds = readRebuilds;
        this.job = job;
        this.actors = actors;
    }

    @Operation(summary = "A reporting unit's 附表1 of a month (month=yyyy-MM), for a caller whose data scope holds the "
            + "unit's jurisdiction or industries")
    @GetMapping("/units/{unit}")
    StockTable unit(@PathVariable String unit, @RequestParam String month) {
        StockTable table = tables.ofUnit(UnitCode.of(unit), month(month));
        if (!table.unit().isWithin(actors.scope())) {
            throw new NotFoundException("ReportingUnit", unit);
        }
        return table;
    }

    @Operation(summary = "The prefecture's 附表1 of a month with every reporting unit's table (month=yyyy-MM); "
            + "prefecture-wide callers only")
    @GetMapping("/roll-up")
    StockRollUp rollUp(@RequestParam String month) {
        if (!actors.scope().prefectureWide()) {
            throw new AccessRefusedException("reporting.stock.roll-up-prefecture-only",
                    "only a prefecture-wide caller reads the prefecture roll-up");
        }
        return tables.rollUp(month(month));
    }

    @Operation(summary = "Rebuild the stock read model from the hazards' history; answers 202 with the rebuild, whose "
            + "progress is read at its Location")
    @PostMapping("/rebuild")
    ResponseEntity<StockRebuild> rebuild() {
        StockRebuild started = startRebuild.execute(actors.actor());
        job.launch(started.id());
        return ResponseEntity.accepted().location(URI.create("/api/v1/reporting/stock/rebuild/" + started.id()))
                .body(started);
    }

    @Operation(summary = "A rebuild with its progress: hazardsDone of hazardsTotal, status RUNNING, DONE or FAILED")
    @GetMapping("/rebuild/{id}")
    StockRebuild rebuild(@PathVariable UUID id) {
        return readRebuilds.find(id);
    }

    private static YearMonth month(String month) {
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("month", "hazard.stock.month-invalid", "the month must be written as yyyy-MM",
                    month);
        }
    }
}
