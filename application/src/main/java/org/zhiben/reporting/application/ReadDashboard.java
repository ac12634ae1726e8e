package org.zhiben.reporting.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.time.YearMonth;
import org.zhiben.campaign.LedgerOverview;
import org.zhiben.enforcement.EnforcementFigures;
import org.zhiben.enforcement.EnforcementOverview;
import org.zhiben.hazards.HazardOverview;
import org.zhiben.identity.CurrentActors;
import org.zhiben.shared.DataScope;
import org.zhiben.training.Coverage;
import org.zhiben.training.TrainingOverview;

/**
 * The committee office's dashboard, read for the caller within the caller's data scope: the major hazards today (the
 * campaign's three targets, the stock by jurisdiction and industry with the overdue and listed hazards, the
 * escalation ladder), the task ledger's statuses by group, the enforcement figures of this year month by month and
 * the coverage of the plan's training focus groups. It reads the other modules only through their declared overviews.
 */
public class ReadDashboard {

    private final HazardOverview hazards;
    private final LedgerOverview ledger;
    private final EnforcementOverview enforcement;
    private final TrainingOverview training;
    private final CurrentActors actors;
    private final Clock clock;

    public ReadDashboard(HazardOverview hazards, LedgerOverview ledger, EnforcementOverview enforcement,
            TrainingOverview training, CurrentActors actors, Clock clock) {
        this.hazards = hazards;
        this.ledger = ledger;
        this.enforcement = enforcement;
        this.training = training;
        this.actors = actors;
        this.clock = clock;
    }

    /** The dashboard of today, in the caller's data scope. */
    public Dashboard read() {
        LocalDate today = LocalDate.now(clock);
        DataScope scope = actors.scope();
        return new Dashboard(today, scope, hazards.on(today, scope), ledger.statusesByGroup(),
                enforcement.byMonth(today.withDayOfYear(1), today), training.coverage());
    }

    /**
     * What the dashboard shows.
     *
     * @param enforcement this year's enforcement figures, from January to the current month
     */
    public record Dashboard(LocalDate today, DataScope scope, HazardOverview.Situation hazards,
            List<LedgerOverview.GroupStatuses> ledger, SortedMap<YearMonth, EnforcementFigures> enforcement,
            List<Coverage> training) {

        public Dashboard {
            ledger = List.copyOf(ledger);
            training = List.copyOf(training);
        }

        /** This year's enforcement figures added up. */
        public EnforcementFigures enforcementTotal() {
            return enforcement.values().stream().reduce(EnforcementFigures.NONE, EnforcementFigures::plus);
        }
    }
}
