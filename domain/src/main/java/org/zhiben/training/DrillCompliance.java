package org.zhiben.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.zhiben.shared.Require;

/**
 * An enterprise's compliance with the drill rule over a period, as of a day: each required year or half year kept (a
 * drill was held in it), missed (it ended without one), due (it contains today, no drill yet) or upcoming (it starts
 * after today).
 */
public record DrillCompliance(LocalDate from, LocalDate to, LocalDate asOf, List<PeriodStatus> periods) {

    public DrillCompliance {
        Require.notNull(from, "from");
        Require.notNull(to, "to");
        Require.notNull(asOf, "asOf");
        periods = List.copyOf(Require.notNull(periods, "periods"));
    }

    /** What became of a required period. */
    public enum State { KEPT, MISSED, DUE, UPCOMING }

    /** A required period, its state and the days of the drills held in it. */
    public record PeriodStatus(DrillPeriod period, State state, List<LocalDate> drillDays) {

        public PeriodStatus {
            drillDays = List.copyOf(drillDays);
        }
    }

    /** The periods that ended without a drill. */
    public List<DrillPeriod> missed() {
        return periods.stream().filter(p -> p.state() == State.MISSED).map(PeriodStatus::period).toList();
    }

    /** How many periods had a drill. */
    public long kept() {
        return periods.stream().filter(p -> p.state() == State.KEPT).count();
    }

    /** How many periods owed their drill by {@link #asOf()}: kept or missed ones. */
    public long owed() {
        return periods.stream().filter(p -> p.state() == State.KEPT || p.state() == State.MISSED).count();
    }

    /** No period ended without a drill (an enterprise with no period required is compliant too). */
    public boolean compliant() {
        return missed().isEmpty();
    }

    /** The frequency asked in the last required period, if any. */
    public Optional<DrillFrequency> frequency() {
        return periods.isEmpty() ? Optional.empty()
                : Optional.of(periods.get(periods.size() - 1).period().frequency());
    }
}
