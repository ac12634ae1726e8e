package org.zhiben.enforcement.application;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.zhiben.enforcement.DishonestyListing;
import org.zhiben.enforcement.EnforcementFigures;
import org.zhiben.enforcement.Inspection;
import org.zhiben.enforcement.JudicialTransfer;
import org.zhiben.enforcement.Money;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.enforcement.TipOff;
import org.zhiben.enforcement.VerificationResult;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * The enforcement statistics of a period (both days included), by unit, by jurisdiction or by month, counting only
 * what lies inside the caller's data scope:
 *
 * <ul>
 * <li>inspections by their day, unit (the inspecting unit) and jurisdiction, by method; their findings (items marked
 *     as a finding) and the inspections with at least one;</li>
 * <li>cases decided in the period, by their deciding unit: their fines, and how many punish the unit and the
 *     responsible person (一案双罚); transfers to the judiciary by the day of the transfer;</li>
 * <li>listings on the serious-dishonesty list decided in the period, by their deciding unit and the enterprise's
 *     jurisdiction;</li>
 * <li>tip-offs received in the period, by the unit they are assigned to (none yet: no unit); of them, the ones
 *     verified true or partly true and the ones whose reward was paid, with the amount. An enterprise's own user is
 *     never told about tip-offs: for a scope limited to enterprises they are not counted.</li>
 * </ul>
 */
public class ComputeEnforcementStatistics {

    /** How the figures are grouped. */
    public enum Grouping {
        UNIT, JURISDICTION, MONTH
    }

    /**
     * The figures of one group: a unit code (empty for tip-offs not yet assigned), a jurisdiction code or a month
     * (yyyy-MM).
     */
    public record Row(String key, EnforcementFigures figures) {
    }

    /**
     * The statistics of the period: one row per group with anything counted (by month: one row per month of the
     * period), ordered by key, and the total.
     */
    public record Statistics(LocalDate from, LocalDate to, Grouping by, boolean tipOffsCounted, List<Row> rows,
            EnforcementFigures total) {
    }

    private final EnforcementStore store;

    public ComputeEnforcementStatistics(EnforcementStore store) {
        this.store = store;
    }

    public Statistics compute(LocalDate from, LocalDate to, Grouping by) {
        Require.notNull(from, "from");
        Require.notNull(to, "to");
        Require.notNull(by, "by");
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", "enforcement.statistics.period-invalid",
                    "the period must not end before it starts", from, to);
        }
        DataScope scope = store.scope();
        ZoneId zone = store.clock().getZone();
        Map<String, EnforcementFigures> groups = new TreeMap<>();
        if (by == Grouping.MONTH) {
            for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
                groups.put(month.toString(), EnforcementFigures.NONE);
            }
        }
        for (Inspection inspection : store.inspections().search(scope)) {
            if (within(inspection.inspectedOn(), from, to)) {
                long findings = inspection.checklist().stream().filter(i -> i.isFinding()).count();
                add(groups, key(by, inspection.inspectingUnit(), inspection.jurisdiction().value(),
                        inspection.inspectedOn()), new EnforcementFigures(Map.of(inspection.method(), 1L), findings,
                                findings > 0 ? 1 : 0, 0, Money.ZERO, 0, 0, 0, 0, 0, 0, Money.ZERO));
            }
        }
        for (PenaltyCase penaltyCase : store.cases().search(scope)) {
            String unit = penaltyCase.decidingUnit().orElse(penaltyCase.openingUnit());
            Optional<LocalDate> decided = penaltyCase.decidedOn().filter(day -> within(day, from, to));
            decided.ifPresent(day -> add(groups, key(by, unit, penaltyCase.jurisdiction().value(), day),
                    new EnforcementFigures(Map.of(), 0, 0, 1, penaltyCase.totalFine(),
                            penaltyCase.isDualPenalty() ? 1 : 0, 0, 0, 0, 0, 0, Money.ZERO)));
            penaltyCase.transfer().map(JudicialTransfer::transferredOn).filter(day -> within(day, from, to))
                    .ifPresent(day -> add(groups, key(by, unit, penaltyCase.jurisdiction().value(), day),
                            new EnforcementFigures(Map.of(), 0, 0, 0, Money.ZERO, 0, 1, 0, 0, 0, 0, Money.ZERO)));
        }
        for (DishonestyListing listing : store.listings().findAll()) {
            Optional<LocalDate> decided = listing.decidedOn().filter(day -> within(day, from, to));
            if (decided.isEmpty()) {
                continue;
            }
            Optional<Enterprise> enterprise = store.enterprises().findById(new EnterpriseId(listing.enterpriseId()));
            if (enterprise.isPresent() && scope.permits(enterprise.get().jurisdiction(), enterprise.get().industry(),
                    listing.enterpriseId())) {
                add(groups, key(by, listing.decidingUnit(), enterprise.get().jurisdiction().value(), decided.get()),
                        new EnforcementFigures(Map.of(), 0, 0, 0, Money.ZERO, 0, 0, 1, 0, 0, 0, Money.ZERO));
            }
        }
        boolean tipOffsCounted = scope.prefectureWide() || !scope.jurisdictions().isEmpty()
                || !scope.industries().isEmpty();
        if (tipOffsCounted) {
            for (TipOff tipOff : store.tipOffs().search(scope)) {
                LocalDate received = tipOff.receivedAt().atZone(zone).toLocalDate();
                if (!within(received, from, to)) {
                    continue;
                }
                boolean verified = tipOff.verification().filter(VerificationResult::valid).isPresent();
                boolean paid = tipOff.payment().isPresent() && tipOff.reward().isPresent();
                Money amount = paid ? tipOff.reward().orElseThrow().amount() : Money.ZERO;
                add(groups, key(by, tipOff.assignedUnit().orElse(""), tipOff.jurisdiction().value(), received),
                        new EnforcementFigures(Map.of(), 0, 0, 0, Money.ZERO, 0, 0, 0, 1, verified ? 1 : 0,
                                paid ? 1 : 0, amount));
            }
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((key, figures) -> rows.add(new Row(key, figures)));
        rows.sort(Comparator.comparing(Row::key));
        EnforcementFigures total = rows.stream().map(Row::figures).reduce(EnforcementFigures.NONE,
                EnforcementFigures::plus);
        return new Statistics(from, to, by, tipOffsCounted, List.copyOf(rows), total);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static String key(Grouping by, String unit, String jurisdiction, LocalDate day) {
        return switch (by) {
            case UNIT -> unit;
            case JURISDICTION -> jurisdiction;
            case MONTH -> YearMonth.from(day).toString();
        };
    }

    private static void add(Map<String, EnforcementFigures> groups, String key, EnforcementFigures figures) {
        groups.merge(key, figures, EnforcementFigures::plus);
    }
}
