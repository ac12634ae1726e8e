package org.zhiben.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.platform.web.PageView;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.training.Drill;
import org.zhiben.training.DrillPeriod;
import org.zhiben.training.DrillSchedule;
import org.zhiben.training.application.DrillQuery;
import org.zhiben.training.application.DrillReport;
import org.zhiben.training.application.ManageDrills;
import org.zhiben.training.application.TrainingPaging;

/**
 * Evacuation and escape drills (疏散逃生演练, task 9: "每年至少组织开展1次疏散逃生演练(高危行业领域每半年至少1次)"): record one
 * (an enterprise its own, an officer within scope), list and read them, and the compliance and the overdue
 * enterprises by jurisdiction and industry for any period.
 */
@Tag(name = "Training: drills", description = "疏散逃生演练：每年至少1次，高危行业领域每半年至少1次")
@RestController
@RequestMapping("/api/v1/training/drills")
class DrillController {

    @Schema(description = "A drill held: the day, its scope, how many took part and who, what it found")
    record DrillRequest(UUID enterpriseId, LocalDate heldOn, String scope, Integer participantCount,
            String participants, String findings) {
    }

    @Schema(description = "A recorded drill")
    record DrillView(UUID id, UUID enterpriseId, String jurisdiction, String industry, LocalDate heldOn, String scope,
            int participantCount, String participants, String findings, String recordedBy, Instant recordedAt) {

        static DrillView of(Drill d) {
            return new DrillView(d.id(), d.enterpriseId(), d.jurisdiction().value(), d.industry().value(), d.heldOn(),
                    d.scope(), d.participantCount(), d.participants(), d.findings(), d.recordedBy(), d.recordedAt());
        }
    }

    @Schema(description = "A year (2025) or half year (2025-H1) of the rule, with its first and last day")
    record PeriodView(String code, String label, LocalDate start, LocalDate end) {

        static PeriodView of(DrillPeriod period) {
            return new PeriodView(period.code(), period.label(), period.start(), period.end());
        }
    }

    @Schema(description = "An enterprise's compliance over the period: the periods owed and kept, those missed")
    record EnterpriseComplianceView(UUID enterpriseId, String name, String jurisdiction, String industry,
            boolean highRisk, @Schema(nullable = true, description = "YEARLY or HALF_YEARLY") String frequency,
            long owedPeriods, long keptPeriods, List<PeriodView> missed, boolean compliant,
            @Schema(nullable = true) LocalDate lastDrillOn) {

        static EnterpriseComplianceView of(DrillReport.EnterpriseRow row) {
            return new EnterpriseComplianceView(row.enterpriseId(), row.name(), row.jurisdiction().value(),
                    row.industry().value(), row.highRisk(), row.compliance().frequency().map(Enum::name).orElse(null),
                    row.compliance().owed(), row.compliance().kept(),
                    row.compliance().missed().stream().map(PeriodView::of).toList(), row.compliance().compliant(),
                    row.lastDrillOn());
        }
    }

    @Schema(description = "The enterprises of one jurisdiction or industry")
    record GroupView(String code, int enterprises, int compliant, int overdue, long owedPeriods, long keptPeriods) {

        static GroupView of(DrillReport.Group g) {
            return new GroupView(g.code(), g.enterprises(), g.compliant(), g.overdue(), g.owedPeriods(),
                    g.keptPeriods());
        }
    }

    @Schema(description = "Compliance over a period, as of a day: by enterprise (the overdue first), jurisdiction, "
            + "industry")
    record ComplianceView(LocalDate from, LocalDate to, LocalDate asOf, String rule,
            List<EnterpriseComplianceView> enterprises, List<GroupView> byJurisdiction, List<GroupView> byIndustry) {

        static ComplianceView of(DrillReport report, boolean overdueOnly) {
            return new ComplianceView(report.from(), report.to(), report.asOf(), DrillSchedule.RULE,
                    (overdueOnly ? report.overdue() : report.rows()).stream().map(EnterpriseComplianceView::of)
                            .toList(),
                    report.byJurisdiction().stream().map(GroupView::of).toList(),
                    report.byIndustry().stream().map(GroupView::of).toList());
        }
    }

    private final ManageDrills drills;

    DrillController(ManageDrills drills) {
        this.drills = drills;
    }

    @Operation(summary = "Record a drill (an enterprise manager: its own enterprise only; 403 outside the scope)")
    @PostMapping
    ResponseEntity<DrillView> record(@RequestBody DrillRequest request) {
        Drill drill = drills.record(new ManageDrills.Command(request.enterpriseId(), request.heldOn(),
                request.scope(), request.participantCount(), request.participants(), request.findings()));
        return ResponseEntity.created(URI.create("/api/v1/training/drills/" + drill.id())).body(DrillView.of(drill));
    }

    @Operation(summary = "The drills in the caller's data scope (of one enterprise when given), the latest first; "
            + "a page holds 1 to 200")
    @GetMapping
    PageView<DrillView> list(@RequestParam(required = false) UUID enterpriseId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        TrainingPaging.Page<Drill> found = drills.list(enterpriseId, page, size);
        return PageView.of(found.items(), DrillView::of, found.page(), found.size(), found.total());
    }

    @Operation(summary = "One drill (404 outside the caller's scope)")
    @GetMapping("/{id}")
    DrillView one(@PathVariable UUID id) {
        return DrillView.of(drills.find(id));
    }

    @Operation(summary = "Compliance with the drill rule over a period (both days included, at most 5 years), "
            + "optionally for one jurisdiction, industry or part of a name: by enterprise, jurisdiction and industry")
    @GetMapping("/compliance")
    ComplianceView compliance(@RequestParam LocalDate from, @RequestParam LocalDate to,
            @RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String industry,
            @RequestParam(required = false) String name) {
        return ComplianceView.of(drills.compliance(query(from, to, jurisdiction, industry, name)), false);
    }

    @Operation(summary = "The overdue enterprises of a period: those with a year or half year that ended without a "
            + "drill")
    @GetMapping("/overdue")
    ComplianceView overdue(@RequestParam LocalDate from, @RequestParam LocalDate to,
            @RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String industry,
            @RequestParam(required = false) String name) {
        return ComplianceView.of(drills.compliance(query(from, to, jurisdiction, industry, name)), true);
    }

    static DrillQuery query(LocalDate from, LocalDate to, String jurisdiction, String industry, String name) {
        return new DrillQuery(from, to, RequestValues.jurisdiction(jurisdiction, "jurisdiction"),
                RequestValues.industry(industry, "industry"), name);
    }
}
