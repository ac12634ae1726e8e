package org.zhiben.training.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.zhiben.enterprises.Page;
import org.zhiben.organization.Industries;
import org.zhiben.organization.Industry;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.Require;
import org.zhiben.training.Drill;
import org.zhiben.training.DrillCompliance;
import org.zhiben.training.DrillFrequency;
import org.zhiben.training.DrillSchedule;
import org.zhiben.training.storage.Drills;

/**
 * Evacuation and escape drills (task 9: "{@value DrillSchedule#RULE}"): an enterprise's user records its own drills,
 * an officer those of the enterprises in his scope (403 outside it); the drills are listed and read within the scope
 * (404 outside it); the compliance of the enterprises in scope is computed for any period, with the overdue ones by
 * jurisdiction and industry. Whether an industry is high-risk is read from the plan's industries (the register's flag
 * when the industry is not found); the rule's versions from the store. A drill is audited as {@code drill.recorded}.
 */
public class ManageDrills {

    public static final String ACTION = "drill.recorded";

    /** A drill to record. */
    public record Command(UUID enterpriseId, LocalDate heldOn, String scope, Integer participantCount,
            String participants, String findings) {
    }

    private final TrainingStore store;
    private final Drills drills;
    private final Industries industries;

    public ManageDrills(TrainingStore store, Drills drills, Industries industries) {
        this.store = store;
        this.drills = drills;
        this.industries = industries;
    }

    public Drill record(Command command) {
        Require.notNull(command, "command");
        Require.notNull(command.enterpriseId(), "enterpriseId");
        Enterprise enterprise = store.enterpriseToActOn(command.enterpriseId());
        Drill drill = Drill.record(enterprise.id().value(), enterprise.jurisdiction(), enterprise.industry(),
                command.heldOn(), command.scope(), Require.notNull(command.participantCount(), "participantCount"),
                command.participants(), command.findings(), store.today(), store.now(), store.caller().username());
        drills.add(drill);
        store.audit(Drill.ENTITY, drill.id(), ACTION, "enterprise=" + drill.enterpriseId() + ";heldOn="
                + drill.heldOn() + ";participantCount=" + drill.participantCount());
        return drill;
    }

    /** A drill inside the caller's scope; 404 outside it. */
    public Drill find(UUID id) {
        Drill drill = drills.findById(id).orElseThrow(() -> new NotFoundException(Drill.ENTITY, id));
        if (!store.inScope(drill.jurisdiction(), drill.industry(), drill.enterpriseId())) {
            throw new NotFoundException(Drill.ENTITY, id);
        }
        return drill;
    }

    /** One page of the drills in the caller's scope (of one enterprise when given), the latest held first. */
    public TrainingPaging.Page<Drill> list(UUID enterpriseId, int page, int size) {
        int offset = TrainingPaging.offset(page, size);
        DataScope scope = store.scope();
        return new TrainingPaging.Page<>(drills.search(scope, enterpriseId, offset, size), page, size,
                drills.count(scope, enterpriseId));
    }

    /** The compliance of the enterprises in the caller's scope (closed ones left out) over the query's period. */
    public DrillReport compliance(DrillQuery query) {
        Require.notNull(query, "query");
        List<Enterprise> covered = enterprisesInScope(query);
        LocalDate today = store.today();
        LocalDate windowFrom = LocalDate.of(query.from().getYear(), 1, 1);
        LocalDate windowTo = LocalDate.of(query.to().getYear(), 12, 31);
        Map<UUID, List<LocalDate>> days = drills.drillDays(covered.stream().map(e -> e.id().value()).toList(),
                windowFrom, windowTo);
        DrillSchedule schedule = schedule();
        Map<String, Boolean> highRiskByIndustry = new HashMap<>();
        List<DrillReport.EnterpriseRow> rows = covered.stream().map(enterprise -> {
            boolean highRisk = highRiskByIndustry.computeIfAbsent(enterprise.industry().value(),
                    code -> highRisk(enterprise));
            List<LocalDate> held = days.getOrDefault(enterprise.id().value(), List.of());
            DrillCompliance compliance = schedule.assess(highRisk, held, query.from(), query.to(), today);
            LocalDate last = held.stream().filter(d -> !d.isAfter(query.to())).max(Comparator.naturalOrder())
                    .orElse(null);
            return new DrillReport.EnterpriseRow(enterprise.id().value(), enterprise.name(),
                    enterprise.jurisdiction(), enterprise.industry(), highRisk, compliance, last);
        }).sorted(Comparator.comparing((DrillReport.EnterpriseRow row) -> !row.overdue())
                .thenComparing(row -> -row.compliance().missed().size())
                .thenComparing(DrillReport.EnterpriseRow::name)).toList();
        return new DrillReport(query.from(), query.to(), today, rows, groups(rows, r -> r.jurisdiction().value()),
                groups(rows, r -> r.industry().value()));
    }

    /** The frequency the rule asks of the enterprise today; empty before the rule applies. */
    public Optional<DrillFrequency> frequencyToday(UUID enterpriseId) {
        Enterprise enterprise = store.enterprises().findById(new EnterpriseId(enterpriseId))
                .orElseThrow(() -> new NotFoundException("enterprise", enterpriseId));
        return schedule().frequencyOn(highRisk(enterprise), store.today());
    }

    /** The enterprises the caller records its own drills for (an enterprise's user); empty for the others. */
    public List<Enterprise> ownEnterprises() {
        DataScope scope = store.scope();
        if (scope.prefectureWide() || !scope.jurisdictions().isEmpty() || !scope.industries().isEmpty()) {
            return List.of();
        }
        return scope.enterpriseIds().stream().map(id -> store.enterprises().findById(new EnterpriseId(id)))
                .flatMap(Optional::stream).toList();
    }

    /** Today in the campaign's time zone. */
    public LocalDate today() {
        return store.today();
    }

    private List<Enterprise> enterprisesInScope(DrillQuery query) {
        DataScope scope = store.scope();
        List<Enterprise> covered = new ArrayList<>();
        int page = 0;
        Page<Enterprise> found;
        do {
            found = store.enterprises().search(new EnterpriseSearch(query.jurisdiction(), query.industry(),
                    query.nameContains(), page, EnterpriseSearch.MAX_PAGE_SIZE, scope));
            found.items().stream().filter(e -> e.status() != EnterpriseStatus.CLOSED).forEach(covered::add);
            page++;
        } while ((long) page * EnterpriseSearch.MAX_PAGE_SIZE < found.total());
        return covered;
    }

    boolean highRisk(Enterprise enterprise) {
        return industries.findByCode(enterprise.industry()).map(Industry::highRisk).orElse(enterprise.highRisk());
    }

    private DrillSchedule schedule() {
        return new DrillSchedule(drills.rules());
    }

    private static List<DrillReport.Group> groups(List<DrillReport.EnterpriseRow> rows,
            Function<DrillReport.EnterpriseRow, String> key) {
        Map<String, List<DrillReport.EnterpriseRow>> byKey = new LinkedHashMap<>();
        rows.stream().sorted(Comparator.comparing(key)).forEach(row -> byKey.computeIfAbsent(key.apply(row),
                k -> new ArrayList<>()).add(row));
        return byKey.entrySet().stream().map(e -> {
            List<DrillReport.EnterpriseRow> group = e.getValue();
            int overdue = (int) group.stream().filter(DrillReport.EnterpriseRow::overdue).count();
            return new DrillReport.Group(e.getKey(), group.size(), group.size() - overdue, overdue,
                    group.stream().mapToLong(r -> r.compliance().owed()).sum(),
                    group.stream().mapToLong(r -> r.compliance().kept()).sum());
        }).toList();
    }
}
