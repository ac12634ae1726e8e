package org.zhiben.enforcement.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.zhiben.enforcement.EnforcementFigures;
import org.zhiben.enforcement.InspectionMethod;
import org.zhiben.enforcement.application.ComputeEnforcementStatistics.Statistics;

/** What the enforcement statistics API answers: every group by its code and its name, money in fen. */
final class StatisticsViews {

    private StatisticsViews() {
    }

    @Schema(description = "Inspections of one method (检查方式)")
    record MethodCountView(@Schema(description = "the method's code", example = "FOUR_NOS_TWO_STRAIGHTS") String method,
            @Schema(example = "四不两直") String label, long inspections) {
    }

    @Schema(description = "The figures of a group or of the whole period")
    record FiguresView(
            @Schema(description = "inspections carried out in the period") long inspections,
            List<MethodCountView> inspectionsByMethod,
            @Schema(description = "checklist items marked as a finding") long findings,
            @Schema(description = "inspections with at least one finding") long inspectionsWithFindings,
            @Schema(description = "penalty cases decided in the period") long cases,
            @Schema(description = "the fines of those cases, in fen (分)") long finesFen,
            @Schema(description = "cases punishing the unit and the responsible person (一案双罚)") long dualPenalties,
            @Schema(description = "transfers to the judiciary (行刑衔接) in the period") long transfers,
            @Schema(description = "listings on the serious-dishonesty list decided in the period") long listings,
            @Schema(description = "tip-offs received in the period") long tipOffsReceived,
            @Schema(description = "of them, verified true or partly true") long tipOffsVerified,
            @Schema(description = "of them, with the reward paid") long tipOffsRewarded,
            @Schema(description = "the rewards paid for them, in fen (分)") long rewardsPaidFen,
            @Schema(nullable = true, description = "行政处罚率: cases / inspections with findings × 100, one decimal; "
                    + "null when no inspection found anything", example = "66.7") BigDecimal penaltyRatePercent) {

        static FiguresView of(EnforcementFigures f) {
            return new FiguresView(f.inspections(), Arrays.stream(InspectionMethod.values())
                    .map(m -> new MethodCountView(m.name(), m.label(), f.inspectionsByMethod().get(m))).toList(),
                    f.findings(), f.inspectionsWithFindings(), f.cases(), f.fines().fen(), f.dualPenalties(),
                    f.transfers(), f.listings(), f.tipOffsReceived(), f.tipOffsVerified(), f.tipOffsRewarded(),
                    f.rewardsPaid().fen(), f.penaltyRate().orElse(null));
        }
    }

    @Schema(description = "The figures of one unit, jurisdiction or month")
    record GroupView(
            @Schema(description = "the unit's code (empty: tip-offs not yet assigned), the jurisdiction's code or the "
                    + "month (yyyy-MM)", example = "EMB") String key,
            @Schema(description = "the group's Chinese name", example = "州应急管理局") String name,
            FiguresView figures) {
    }

    @Schema(description = "The enforcement statistics of a period (执法统计), counted inside the caller's data scope")
    record StatisticsView(LocalDate from, LocalDate to,
            @Schema(allowableValues = {"unit", "jurisdiction", "month"}) String by,
            @Schema(description = "false for a caller limited to enterprises: tip-offs are not counted for them")
            boolean tipOffsCounted,
            List<GroupView> groups, FiguresView total) {

        static StatisticsView of(Statistics statistics, StatisticsGroups.Namer names) {
            return new StatisticsView(statistics.from(), statistics.to(), statistics.by().name().toLowerCase(),
                    statistics.tipOffsCounted(), statistics.rows().stream()
                            .map(row -> new GroupView(row.key(), names.apply(row.key()), FiguresView.of(row.figures())))
                            .toList(), FiguresView.of(statistics.total()));
        }
    }
}
