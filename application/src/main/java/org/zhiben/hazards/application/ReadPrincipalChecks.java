package org.zhiben.hazards.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseSearch;
import org.zhiben.enterprises.EnterpriseStatus;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.enterprises.Page;
import org.zhiben.hazards.CheckPeriod;
import org.zhiben.hazards.CheckFrequency;
import org.zhiben.hazards.PrincipalCheck;
import org.zhiben.hazards.PrincipalCheckCompliance;
import org.zhiben.hazards.PrincipalCheckSchedule;
import org.zhiben.hazards.PrincipalCheckStanding;
import org.zhiben.hazards.PrincipalChecks;
import org.zhiben.hazards.storage.PrincipalCheckStore;
import org.zhiben.organization.Industries;
import org.zhiben.organization.Industry;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.NotFoundException;

/**
 * Reads the principal's periodic checks within the caller's data scope: an enterprise's checks, its next due check,
 * and the compliance of the enterprises in scope over any period by enterprise, jurisdiction and industry. Whether an
 * enterprise's industry is high-risk is read from the plan's industries (the register's flag when the industry is not
 * found); the rule's versions from the store. Also the hazards module's declared {@link PrincipalChecks}.
 */
public class ReadPrincipalChecks implements PrincipalChecks {

    private final HazardStore store;
    private final PrincipalCheckStore checks;
    private final Enterprises enterprises;
    private final Industries industries;

    public ReadPrincipalChecks(HazardStore store, PrincipalCheckStore checks, Enterprises enterprises,
            Industries industries) {
        this.store = store;
        this.checks = checks;
        this.enterprises = enterprises;
        this.industries = industries;
    }

    /** An enterprise inside the caller's scope with its checks (the latest first) and the next check it owes. */
    public record EnterpriseChecks(Enterprise enterprise, boolean highRisk, List<PrincipalCheck> checks,
            Optional<PrincipalCheckSchedule.NextCheck> next, Optional<CheckFrequency> frequency) {
    }

    /** The enterprise's checks and next due check; 404 outside the caller's scope. */
    public EnterpriseChecks ofEnterprise(UUID enterpriseId) {
        Enterprise enterprise = inScope(enterpriseId);
        boolean highRisk = highRisk(enterprise);
        List<PrincipalCheck> made = checks.findByEnterprise(enterpriseId);
        LocalDate today = today();
        PrincipalCheckSchedule schedule = schedule();
        return new EnterpriseChecks(enterprise, highRisk, made,
                schedule.nextDue(highRisk, made.stream().map(PrincipalCheck::checkedOn).toList(), today),
                schedule.frequencyOn(highRisk, today));
    }

    /** A check inside the caller's scope; 404 outside it. */
    public PrincipalCheck find(org.zhiben.hazards.PrincipalCheckId id) {
        PrincipalCheck check = checks.findById(id).orElseThrow(() -> new NotFoundException(PrincipalCheck.ENTITY, id));
        if (!store.scope().permits(check.jurisdiction(), check.industry(), check.enterpriseId())) {
            throw new NotFoundException(PrincipalCheck.ENTITY, id);
        }
        return check;
    }

    /** The compliance of the enterprises in the caller's scope (closed ones left out) over the query's period. */
    public PrincipalCheckReport compliance(PrincipalCheckQuery query) {
        DataScope scope = store.scope();
        List<Enterprise> covered = new ArrayList<>();
        int page = 0;
        Page<Enterprise> found;
        do {
            found = enterprises.search(new EnterpriseSearch(query.jurisdiction(), query.industry(), null, page,
                    EnterpriseSearch.MAX_PAGE_SIZE, scope));
            found.items().stream().filter(e -> e.status() != EnterpriseStatus.CLOSED).forEach(covered::add);
            page++;
        } while ((long) page * EnterpriseSearch.MAX_PAGE_SIZE < found.total());
        LocalDate today = today();
        LocalDate windowFrom = CheckPeriod.containing(query.from(), CheckFrequency.QUARTERLY).start();
        LocalDate windowTo = CheckPeriod.containing(query.to(), CheckFrequency.QUARTERLY).end();
        Map<UUID, List<LocalDate>> days = checks.checkDays(covered.stream().map(e -> e.id().value()).toList(),
                windowFrom, windowTo);
        PrincipalCheckSchedule schedule = schedule();
        Map<String, Boolean> highRiskByIndustry = new java.util.HashMap<>();
        List<PrincipalCheckReport.EnterpriseRow> rows = covered.stream().map(enterprise -> {
            boolean highRisk = highRiskByIndustry.computeIfAbsent(enterprise.industry().value(),
                    code -> highRisk(enterprise));
            List<LocalDate> made = days.getOrDefault(enterprise.id().value(), List.of());
            PrincipalCheckCompliance compliance = schedule.assess(highRisk, made, query.from(), query.to(), today);
            LocalDate last = made.stream().filter(d -> !d.isAfter(query.to())).max(Comparator.naturalOrder())
                    .orElse(null);
            return new PrincipalCheckReport.EnterpriseRow(enterprise.id().value(), enterprise.name(),
                    enterprise.jurisdiction(), enterprise.industry(), highRisk, compliance, last);
        }).sorted(Comparator.comparing((PrincipalCheckReport.EnterpriseRow row) -> !row.overdue())
                .thenComparing(row -> -row.compliance().missed().size())
                .thenComparing(PrincipalCheckReport.EnterpriseRow::name)).toList();
        return new PrincipalCheckReport(query.from(), query.to(), today, rows,
                groups(rows, row -> row.jurisdiction().value()), groups(rows, row -> row.industry().value()));
    }

    @Override
    public PrincipalCheckStanding standingOn(UUID enterpriseId, LocalDate day) {
        Enterprise enterprise = enterprises.findById(new EnterpriseId(enterpriseId))
                .orElseThrow(() -> new NotFoundException("enterprise", enterpriseId));
        LocalDate from = day.minusMonths(6);
        List<LocalDate> made = checks.checkDays(List.of(enterpriseId), from, day).getOrDefault(enterpriseId,
                List.of());
        return schedule().standingOn(highRisk(enterprise), made, day);
    }

    /** The enterprises the caller records its own checks for (an enterprise's user); empty for the others. */
    public List<Enterprise> ownEnterprises() {
        DataScope scope = store.scope();
        if (!ReportHazard.selfInspectionOnly(scope)) {
            return List.of();
        }
        return scope.enterpriseIds().stream().map(id -> enterprises.findById(new EnterpriseId(id)))
                .flatMap(Optional::stream).toList();
    }

    /** Today in the campaign's time zone. */
    public LocalDate today() {
        return LocalDate.now(store.clock());
    }

    private Enterprise inScope(UUID enterpriseId) {
        Enterprise enterprise = enterprises.findById(new EnterpriseId(enterpriseId))
                .orElseThrow(() -> new NotFoundException("enterprise", enterpriseId));
        if (!store.scope().permits(enterprise.jurisdiction(), enterprise.industry(), enterprise.id().value())) {
            throw new NotFoundException("enterprise", enterpriseId);
        }
        return enterprise;
    }

    private boolean highRisk(Enterprise enterprise) {
        return industries.findByCode(enterprise.industry()).map(Industry::highRisk).orElse(enterprise.highRisk());
    }

    private PrincipalCheckSchedule schedule() {
        return new PrincipalCheckSchedule(checks.rules());
    }

    private static List<PrincipalCheckReport.Group> groups(List<PrincipalCheckReport.EnterpriseRow> rows,
            Function<PrincipalCheckReport.EnterpriseRow, String> key) {
        Map<String, List<PrincipalCheckReport.EnterpriseRow>> byKey = new LinkedHashMap<>();
        rows.stream().sorted(Comparator.comparing(key)).forEach(row -> byKey.computeIfAbsent(key.apply(row),
                k -> new ArrayList<>()).add(row));
        return byKey.entrySet().stream().map(e -> {
            List<PrincipalCheckReport.EnterpriseRow> group = e.getValue();
            int overdue = (int) group.stream().filter(PrincipalCheckReport.EnterpriseRow::overdue).count();
            return new PrincipalCheckReport.Group(e.getKey(), group.size(), group.size() - overdue, overdue,
                    group.stream().mapToLong(r -> r.compliance().owed()).sum(),
                    group.stream().mapToLong(r -> r.compliance().kept()).sum());
        }).toList();
    }
}
