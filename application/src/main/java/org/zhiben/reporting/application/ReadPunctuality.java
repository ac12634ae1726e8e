package org.zhiben.reporting.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhiben.reporting.Punctuality;
import org.zhiben.reporting.ReportKind;
import org.zhiben.reporting.ReportingPeriod;
import org.zhiben.reporting.SubmissionPunctuality;
import org.zhiben.reporting.UnitPunctuality;
import org.zhiben.reporting.storage.Submissions;
import org.zhiben.shared.UnitCode;

/**
 * The reporting calendar with each report's standing per reporting unit: on time, late, missing from the day after
 * its due day, or not yet due. {@link SubmissionPunctuality} answers for every unit (the dashboard and the monthly
 * ranking read it); the calendar and the late list a caller reads are those of its own unit, or every unit's for the
 * committee office.
 */
public class ReadPunctuality implements SubmissionPunctuality {

    private final ReportingStore store;

    public ReadPunctuality(ReportingStore store) {
        this.store = store;
    }

    @Override
    public List<UnitPunctuality> forPeriod(ReportKind kind, String period, LocalDate today) {
        ReportingPeriod due = store.period(kind, period);
        Map<String, Submissions.State> states = states(null);
        return store.units().stream().map(unit -> standing(unit, due, states, today)).toList();
    }

    @Override
    public UnitPunctuality of(UnitCode unit, ReportKind kind, String period, LocalDate today) {
        return standing(unit, store.period(kind, period), states(unit), today);
    }

    @Override
    public List<UnitPunctuality> lateAndMissing(LocalDate today) {
        return lateAndMissing(store.units(), null, today);
    }

    /** The calendar of one unit (the caller's own when null) with each report's standing today, the earliest first. */
    public List<UnitPunctuality> calendar(UnitCode unit) {
        UnitCode shown = unit == null ? store.ownUnit().orElse(null) : unit;
        if (shown == null || !store.reads(shown)) {
            return List.of();
        }
        LocalDate today = store.today();
        Map<String, Submissions.State> states = states(shown);
        return store.calendar().periods().stream().map(period -> standing(shown, period, states, today)).toList();
    }

    /**
     * Every reporting unit's standing with one report today, for the committee office; the caller's own unit's only
     * for another caller.
     */
    public List<UnitPunctuality> period(ReportKind kind, String period) {
        ReportingPeriod due = store.period(kind, period);
        LocalDate today = store.today();
        Map<String, Submissions.State> states = states(null);
        return readableUnits().stream().map(unit -> standing(unit, due, states, today)).toList();
    }

    /**
     * The late and missing reports today the caller may read (every unit's for the committee office, else its own
     * unit's), optionally of one unit and kind, the earliest due first.
     */
    public List<UnitPunctuality> lateAndMissing(UnitCode unit, ReportKind kind) {
        List<UnitCode> units = readableUnits().stream().filter(u -> unit == null || u.equals(unit)).toList();
        return lateAndMissing(units, kind, store.today());
    }

    /** The reporting units the caller may read: every one for the committee office, else its own. */
    public List<UnitCode> readableUnits() {
        return store.units().stream().filter(store::reads).toList();
    }

    /** The caller's own unit, if it belongs to one. */
    public Optional<UnitCode> ownUnit() {
        return store.ownUnit();
    }

    /** Every reporting unit, in their order. */
    public List<UnitCode> units() {
        return store.units();
    }

    /** The reports the plan requires, the earliest due first. */
    public List<ReportingPeriod> periods() {
        return store.calendar().periods();
    }

    private List<UnitPunctuality> lateAndMissing(List<UnitCode> units, ReportKind kind, LocalDate today) {
        Map<String, Submissions.State> states = states(units.size() == 1 ? units.get(0) : null);
        List<UnitPunctuality> found = new ArrayList<>();
        for (ReportingPeriod period : store.calendar().pastDue(today)) {
            if (kind != null && period.kind() != kind) {
                continue;
            }
            for (UnitCode unit : units) {
                UnitPunctuality standing = standing(unit, period, states, today);
                if (standing.punctuality().lateOrMissing()) {
                    found.add(standing);
                }
            }
        }
        found.sort(Comparator.comparing(UnitPunctuality::period));
        return found;
    }

    private Map<String, Submissions.State> states(UnitCode unit) {
        return store.submissions().states(unit).stream()
                .collect(Collectors.toMap(s -> key(s.unit(), s.kind(), s.period()), Function.identity()));
    }

    private UnitPunctuality standing(UnitCode unit, ReportingPeriod period, Map<String, Submissions.State> states,
            LocalDate today) {
        Submissions.State state = states.get(key(unit, period.kind(), period.period()));
        LocalDate first = state == null || state.firstSubmittedAt() == null ? null
                : store.dayOf(state.firstSubmittedAt());
        return new UnitPunctuality(unit, period, Punctuality.of(period, first, today), first,
                state == null ? null : state.status(), state == null ? null : state.id());
    }

    private static String key(UnitCode unit, ReportKind kind, String period) {
        return unit.value() + "|" + kind + "|" + period;
    }
}
