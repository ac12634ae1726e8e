package org.zhiben.enforcement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.enforcement.application.ComputeEnforcementStatistics;
import org.zhiben.enforcement.application.ComputeEnforcementStatistics.Grouping;
import org.zhiben.enforcement.web.StatisticsViews.StatisticsView;
import org.zhiben.shared.InvalidValueException;

/** The enforcement statistics (执法统计、执法考评) by unit, jurisdiction or month, with the penalty rate. */
@Tag(name = "Enforcement: statistics", description = "执法统计：检查、发现问题、处罚、一案双罚、移送、失信名单、举报奖励、行政处罚率")
@RestController
@RequestMapping("/api/v1/enforcement/statistics")
class StatisticsController {

    private final ComputeEnforcementStatistics statistics;
    private final StatisticsGroups groups;

    StatisticsController(ComputeEnforcementStatistics statistics, StatisticsGroups groups) {
        this.statistics = statistics;
        this.groups = groups;
    }

    @Operation(summary = "The statistics of a period (both days included) by unit, jurisdiction or month, inside the "
            + "caller's data scope: inspections by their day, cases and listings by their decision, transfers by "
            + "their day, tip-offs received in the period with how many of them were verified true and rewarded; "
            + "the penalty rate is null when no inspection with findings was counted")
    @GetMapping
    StatisticsView statistics(@RequestParam LocalDate from, @RequestParam LocalDate to,
            @Parameter(schema = @Schema(allowableValues = {"unit", "jurisdiction", "month"}))
            @RequestParam(defaultValue = "unit") String by) {
        Grouping grouping = Arrays.stream(Grouping.values()).filter(g -> g.name().equalsIgnoreCase(by.strip()))
                .findFirst().orElseThrow(() -> new InvalidValueException("by", "validation.enum",
                        "unknown value " + by + " for by", "by", by));
        return StatisticsView.of(statistics.compute(from, to, grouping), groups.namer(grouping, false));
    }
}
