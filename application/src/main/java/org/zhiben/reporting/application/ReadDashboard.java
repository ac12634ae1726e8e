package org.zhiben.reporting.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import org.zhiben.campaign.LedgerOverview;
import org.zhiben.enforcement.EnforcementFigures;
import org.zhiben.enforcement.EnforcementOverview;
import org.zhiben.hazards.HazardOverview;
import org.zhiben.identity.CurrentActors;
import org.zhiben.reporting.ReportKind;
import org.zhiben.reporting.ReportingPeriod;
import org.zhiben.reporting.StockTables;
import org.zhiben.reporting.StockTrendPoint;
import org.zhiben.reporting.UnitPunctuality;
import org.zhiben.shared.DataScope;
import org.zhiben.training.Coverage;
import org.zhiben.training.TrainingOverview;

/**
 * The committee office's dashboard, read for the caller within the caller's data scope: the totals of 附表1 month by
 * month over the last twelve months (reporting's stock read model), the major hazards today (the
 * campaign's three targets, the stock by jurisdiction and industry with the overdue and listed hazards, the
 * escalation ladder), the task ledger's statuses by group, the enforcement figures of this year month by month, the
 * coverage of the plan's training focus groups, and how punctually the reporting units submitted the latest 附表1 whose
 * due day has passed (every unit's for the committee office, the caller's own unit's otherwise). It reads the other
 * modules only through their declared overviews.
 */
public class ReadDashboard {

    /** How many months the stock trend shows, the current one included. */
    public static final int TREND_MONTHS = 12;

    private final StockTables stock;
    private final HazardOverview hazards;
    private final LedgerOverview ledger;
    private final EnforcementOverview enforcement;
    private final TrainingOverview training;
    private final ReadPunctuality punctuality;
    private final CurrentActors actors;
    private final Clock clock;

    public ReadDashboard(StockTables stock, HazardOverview hazards, LedgerOverview ledger, EnforcementOverview enforcement,
            TrainingOverview training, ReadPunctuality punctuality, CurrentActors actors, Clock clock) {
        this.stock = stock;
        this.hazards = hazards;
        this.ledger = ledger;
        this.enforcement = enforcement;
        this.training = training;
        this.punctuality = punctuality;
        this.actors = actors;
        this.clock = clock;
    }

    /** The dashboard of today, in the caller's data scope. */
    public Dashboard read() {
        LocalDate today = LocalDate.now(clock);
        DataScope scope = actors.scope();
        ReportingPeriod latest = punctuality.periods().stream()
                .filter(period -> period.kind() == ReportKind.STOCK_TABLE && period.due().isBefore(today))
                .max(Comparator.comparing(ReportingPeriod::due)).orElse(null);
        List<UnitPunctuality> standing = latest == null ? List.of()
                : punctuality.period(latest.kind(), latest.period());
        YearMonth month = YearMonth.from(today);
        List<StockTrendPoint> trend = stock.trend(scope, month.minusMonths(TREND_MONTHS - 1), month);
        return new Dashboard(today, scope, trend, hazards.on(today, scope), ledger.statusesByGroup(),
                enforcement.byMonth(today.withDayOfYear(1), today), training.coverage(), latest, standing);
    }

    /**
     * What the dashboard shows.
     *
     * @param trend           the totals of 附表1 inside the scope for each of the last {@link #TREND_MONTHS} months
     * @param enforcement     this year's enforcement figures, from January to the current month
     * @param stockTablePeriod the latest monthly 附表1 whose due day has passed; null before the first one's
     * @param punctuality     the reporting units' standing with that 附表1, in their order
     */
    public record Dashboard(LocalDate today, DataScope scope, List<StockTrendPoint> trend,
            HazardOverview.Situation hazards,
            List<LedgerOverview.GroupStatuses> ledger, SortedMap<YearMonth, EnforcementFigures> enforcement,
            List<Coverage> training, ReportingPeriod stockTablePeriod, List<UnitPunctuality> punctuality) {

        public Dashboard {
            trend = List.copyOf(trend);
            ledger = List.copyOf(ledger);
            training = List.copyOf(training);
            punctuality = List.copyOf(punctuality);
        }

        /** This year's enforcement figures added up. */
        public EnforcementFigures enforcementTotal() {
            return enforcement.values().stream().reduce(EnforcementFigures.NONE, EnforcementFigures::plus);
        }
    }
}
