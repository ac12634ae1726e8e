package org.zhiben.hazards;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.zhiben.shared.Require;

/**
 * An enterprise's compliance with the principal's periodic checks over a period, as of a day: each required quarter
 * or month, kept (a check was made in it), missed (it ended without one), due (it contains today, no check yet) or
 * upcoming (it starts after today).
 */
public record PrincipalCheckCompliance(LocalDate from, LocalDate to, LocalDate asOf, List<PeriodStatus> periods) {

    public PrincipalCheckCompliance {
        Require.notNull(from, "from");
        Require.notNull(to, "to");
        Require.notNull(asOf, "asOf");
        periods = List.copyOf(Require.notNull(periods, "periods"));
    }

    /** What became of a required period. */
    public enum State { KEPT, MISSED, DUE, UPCOMING }

    /** A required period, its state and the days of the checks made in it. */
    public record PeriodStatus(CheckPeriod period, State state, List<LocalDate> checkDays) {

        public PeriodStatus {
            checkDays = List.copyOf(checkDays);
        }
    }

    /** The periods that ended without a check. */
    public List<CheckPeriod> missed() {
        return periods.stream().filter(p -> p.state() == State.MISSED).map(PeriodStatus::period).toList();
    }

    /** The periods with a check. */
    public long kept() {
        return periods.stream().filter(p -> p.state() == State.KEPT).count();
    }

    /** The periods whose check was owed by {@link #asOf()}: kept or missed ones (due and upcoming ones not yet). */
    public long owed() {
        return periods.stream().filter(p -> p.state() == State.KEPT || p.state() == State.MISSED).count();
    }

    /** No period ended without a check (an enterprise with no period required is compliant too). */
    public boolean compliant() {
        return missed().isEmpty();
    }

    /** The frequency asked in the last required period, if any period is required. */
    public Optional<CheckFrequency> frequency() {
        return periods.isEmpty() ? Optional.empty()
                : Optional.of(periods.get(periods.size() - 1).period().frequency());
    }
}
