package org.zhiben.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.enterprises.HospitalGrade;
import org.zhiben.shared.IndustryCode;
import org.zhiben.training.Coverage;
import org.zhiben.training.FocusGroup;
import org.zhiben.training.TraineeRole;
import org.zhiben.training.application.ReadCoverage;

/** The plan's yearly focus groups of training (task 4) and their coverage by jurisdiction, with the untrained. */
@Tag(name = "Training: focus groups", description = "年度重点培训对象（任务4）及其培训覆盖情况")
@RestController
@RequestMapping("/api/v1/training/focus-groups")
class FocusGroupController {

    @Schema(description = "A focus group in force (its newest revision): whom of which enterprises the plan wants "
            + "trained in which year")
    record FocusGroupView(String code, int revision, int year, String name, String nameEn,
            @Schema(implementation = TraineeRole.class) String role, String roleLabel, List<String> industries,
            List<String> hospitalGrades, boolean keyCulturalRelicUnits, boolean largeCommercialComplexes) {

        static FocusGroupView of(FocusGroup group) {
            return new FocusGroupView(group.code(), group.revision(), group.year(), group.name(), group.nameEn(),
                    group.role().name(), group.role().label(),
                    group.rule().industries().stream().map(IndustryCode::value).sorted().toList(),
                    group.rule().hospitalGrades().stream().map(HospitalGrade::name).sorted().toList(),
                    group.rule().keyCulturalRelicUnits(), group.rule().largeCommercialComplexes());
        }
    }

    @Schema(description = "One jurisdiction's figures; percent is null when nothing is required")
    record RowView(@Schema(nullable = true) String jurisdiction, int required, int trained,
            @Schema(nullable = true) Integer percent) {

        static RowView of(Coverage.Row row) {
            return new RowView(row.jurisdiction() == null ? null : row.jurisdiction().value(), row.required(),
                    row.trained(), row.percent());
        }
    }

    @Schema(description = "An enterprise whose principal (or fire-safety head) has not passed a training in the year")
    record UntrainedView(UUID enterpriseId, String name, String jurisdiction, String industry) {
    }

    @Schema(description = "How far a focus group is trained in a year within the caller's data scope")
    record CoverageView(FocusGroupView group, int year, List<RowView> rows, RowView total,
            List<UntrainedView> untrained) {

        static CoverageView of(Coverage coverage) {
            return new CoverageView(FocusGroupView.of(coverage.group()), coverage.year(),
                    coverage.rows().stream().map(RowView::of).toList(), RowView.of(coverage.total()),
                    coverage.untrained().stream().map(u -> new UntrainedView(u.enterpriseId(), u.name(),
                            u.jurisdiction().value(), u.industry().value())).toList());
        }
    }

    private final ReadCoverage read;

    FocusGroupController(ReadCoverage read) {
        this.read = read;
    }

    @Operation(summary = "The focus groups in force, by year")
    @GetMapping
    List<FocusGroupView> list() {
        return read.groups().stream().map(FocusGroupView::of).toList();
    }

    @Operation(summary = "A group's coverage (trained / required) by jurisdiction, with the untrained enterprises; "
            + "the year defaults to the group's own")
    @GetMapping("/{code}/coverage")
    CoverageView coverage(@PathVariable String code, @RequestParam(required = false) Integer year) {
        return CoverageView.of(read.coverage(code, year));
    }
}
