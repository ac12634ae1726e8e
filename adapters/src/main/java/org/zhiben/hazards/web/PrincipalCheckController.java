package org.zhiben.hazards.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.zhiben.hazards.CheckPeriod;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.PrincipalCheck;
import org.zhiben.hazards.PrincipalCheckId;
import org.zhiben.hazards.PrincipalCheckSchedule;
import org.zhiben.hazards.application.PrincipalCheckQuery;
import org.zhiben.hazards.application.PrincipalCheckReport;
import org.zhiben.hazards.application.ReadPrincipalChecks;
import org.zhiben.hazards.application.RecordPrincipalCheck;
import org.zhiben.hazards.application.RecordPrincipalCheckCommand;
import org.zhiben.platform.web.RequestValues;

/**
 * The principal's periodic checks of task 24 ("企业主要负责人每季度至少带队对本单位重大事故隐患排查整治情况开展1次检查
 * (高危行业领域每月至少1次)"): recording a check (the enterprise its own, an officer within scope), an enterprise's checks
 * with its next due check, and the compliance and the overdue enterprises by enterprise, jurisdiction and industry
 * for any period. Everything within the caller's data scope; the leader's name is masked.
 */
@Tag(name = "Principal's periodic checks", description = "企业主要负责人定期带队检查（每季度至少1次，高危行业领域每月至少1次）")
@RestController
@RequestMapping("/api/v1/principal-checks")
class PrincipalCheckController {

    private final RecordPrincipalCheck record;
    private final ReadPrincipalChecks read;

    PrincipalCheckController(RecordPrincipalCheck record, ReadPrincipalChecks read) {
        this.record = record;
        this.read = read;
    }

    /**
     * @param ledBy     who led the check; left out for the enterprise's principal as the register names him or her
     * @param hazardIds hazards of the same enterprise the check found
     */
    record RecordCheckRequest(@NotNull UUID enterpriseId, @NotNull LocalDate checkedOn,
            @Schema(nullable = true) @Size(max = 50) String ledBy, @NotBlank @Size(max = 500) String scope,
            @NotBlank @Size(max = 2000) String findings,
            @Schema(nullable = true) @Size(max = 50) List<UUID> hazardIds) {
    }

    /** A recorded check; {@code ledBy} is masked (张**). */
    record CheckView(UUID id, UUID enterpriseId, LocalDate checkedOn, String ledBy, String scope, String findings,
            List<UUID> hazardIds, String recordedBy, Instant recordedAt, long version) {

        static CheckView of(PrincipalCheck check) {
            return new CheckView(check.id().value(), check.enterpriseId(), check.checkedOn(), check.ledByMasked(),
                    check.scope(), check.findings(), check.hazards().stream().map(HazardId::value).toList(),
                    check.recordedBy(), check.recordedAt(), check.version());
        }
    }

    /** A quarter ({@code 2025-Q1}) or month ({@code 2025-02}) of the rule, with its first and last day. */
    record PeriodView(String code, String label, LocalDate start, LocalDate end) {

        static PeriodView of(CheckPeriod period) {
            return period == null ? null : new PeriodView(period.code(), period.label(), period.start(),
                    period.end());
        }
    }

    /**
     * The next check an enterprise owes: its period and last day, whether the current period is kept already, the
     * previous period if it ended without a check.
     */
    record NextCheckView(PeriodView period, LocalDate dueBy, boolean currentKept,
            @Schema(nullable = true) PeriodView missedPrevious, @Schema(nullable = true) LocalDate lastCheckOn) {

        static NextCheckView of(PrincipalCheckSchedule.NextCheck next) {
            return new NextCheckView(PeriodView.of(next.period()), next.dueBy(), next.currentKept(),
                    PeriodView.of(next.missedPrevious()), next.lastCheckOn());
        }
    }

    /** An enterprise's checks, the latest first, the frequency asked of it today and its next due check. */
    record EnterpriseChecksView(UUID enterpriseId, String name, boolean highRisk,
            @Schema(nullable = true, description = "QUARTERLY or MONTHLY; null before the rule applies") String frequency,
            @Schema(nullable = true) NextCheckView next, List<CheckView> checks) {
    }

    /** An enterprise's compliance over the period: the periods owed and kept, and those missed. */
    record EnterpriseComplianceView(UUID enterpriseId, String name, String jurisdiction, String industry,
            boolean highRisk, @Schema(nullable = true) String frequency, long owedPeriods, long keptPeriods,
            List<PeriodView> missed, boolean compliant, @Schema(nullable = true) LocalDate lastCheckOn) {

        static EnterpriseComplianceView of(PrincipalCheckReport.EnterpriseRow row) {
            return new EnterpriseComplianceView(row.enterpriseId(), row.name(), row.jurisdiction().value(),
                    row.industry().value(), row.highRisk(), row.compliance().frequency().map(Enum::name).orElse(null),
                    row.compliance().owed(), row.compliance().kept(),
                    row.compliance().missed().stream().map(PeriodView::of).toList(), row.compliance().compliant(),
                    row.lastCheckOn());
        }
    }

    /** The enterprises of one jurisdiction or industry. */
    record GroupView(String code, int enterprises, int compliant, int overdue, long owedPeriods, long keptPeriods) {

        static GroupView of(PrincipalCheckReport.Group group) {
            return new GroupView(group.code(), group.enterprises(), group.compliant(), group.overdue(),
                    group.owedPeriods(), group.keptPeriods());
        }
    }

    /** Compliance over a period, as of a day: by enterprise (the overdue first), by jurisdiction, by industry. */
    record ComplianceView(LocalDate from, LocalDate to, LocalDate asOf, String rule,
            List<EnterpriseComplianceView> enterprises, List<GroupView> byJurisdiction, List<GroupView> byIndustry) {

        static ComplianceView of(PrincipalCheckReport report, boolean overdueOnly) {
            return new ComplianceView(report.from(), report.to(), report.asOf(), PrincipalCheckSchedule.RULE,
                    (overdueOnly ? report.overdue() : report.rows()).stream().map(EnterpriseComplianceView::of)
                            .toList(),
                    report.byJurisdiction().stream().map(GroupView::of).toList(),
                    report.byIndustry().stream().map(GroupView::of).toList());
        }
    }

    @Operation(summary = "Record a check led by the enterprise's principal (the enterprise's own, or an officer's "
            + "within scope)")
    @PostMapping
    ResponseEntity<CheckView> record(@Valid @RequestBody RecordCheckRequest request) {
        PrincipalCheck check = record.execute(new RecordPrincipalCheckCommand(request.enterpriseId(),
                request.checkedOn(), request.ledBy(), request.scope(), request.findings(), request.hazardIds()));
        return ResponseEntity.created(URI.create("/api/v1/principal-checks/" + check.id().value()))
                .body(CheckView.of(check));
    }

    @Operation(summary = "An enterprise's checks, the frequency asked of it today and its next due check")
    @GetMapping
    EnterpriseChecksView ofEnterprise(@RequestParam UUID enterpriseId) {
        ReadPrincipalChecks.EnterpriseChecks checks = read.ofEnterprise(enterpriseId);
        return new EnterpriseChecksView(enterpriseId, checks.enterprise().name(), checks.highRisk(),
                checks.frequency().map(Enum::name).orElse(null), checks.next().map(NextCheckView::of).orElse(null),
                checks.checks().stream().map(CheckView::of).toList());
    }

    @Operation(summary = "One recorded check")
    @GetMapping("/{id}")
    CheckView one(@PathVariable UUID id) {
        return CheckView.of(read.find(new PrincipalCheckId(id)));
    }

    @Operation(summary = "Compliance with the rule over a period (both days included), optionally for one "
            + "jurisdiction and/or industry: by enterprise, jurisdiction and industry")
    @GetMapping("/compliance")
    ComplianceView compliance(@RequestParam LocalDate from, @RequestParam LocalDate to,
            @RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String industry) {
        return ComplianceView.of(read.compliance(query(from, to, jurisdiction, industry)), false);
    }

    @Operation(summary = "The overdue enterprises of a period: those with a quarter or month that ended without a "
            + "check")
    @GetMapping("/overdue")
    ComplianceView overdue(@RequestParam LocalDate from, @RequestParam LocalDate to,
            @RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String industry) {
        return ComplianceView.of(read.compliance(query(from, to, jurisdiction, industry)), true);
    }

    private static PrincipalCheckQuery query(LocalDate from, LocalDate to, String jurisdiction, String industry) {
        return new PrincipalCheckQuery(from, to, RequestValues.jurisdiction(jurisdiction, "jurisdiction"),
                RequestValues.industry(industry, "industry"));
    }
}
