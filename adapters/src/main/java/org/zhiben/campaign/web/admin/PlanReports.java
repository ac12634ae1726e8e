package org.zhiben.campaign.web.admin;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;
import org.zhiben.campaign.ReportSubject;
import org.zhiben.campaign.ReportingObligations;
import org.zhiben.shared.UnitCode;

/**
 * The reports the loaded plan requires, for the pages that produce them ({@code @planReports} in templates): e.g. the
 * hazard stock page says when and to whom the table of the month shown is due.
 */
@Component("planReports")
public class PlanReports {

    private final ReportingObligations obligations;

    PlanReports(ReportingObligations obligations) {
        this.obligations = obligations;
    }

    /** The obligation to report the hazard stock table of a month ({@code yyyy-MM}), or null when there is none. */
    public Due hazardStockTable(String month) {
        YearMonth yearMonth;
        try {
            yearMonth = YearMonth.parse(month);
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
        return obligations.about(ReportSubject.HAZARD_STOCK_TABLE)
                .flatMap(o -> o.dueFor(yearMonth).map(due -> new Due(o.form() == null ? o.text() : o.form(), due,
                        o.submitTo())))
                .orElse(null);
    }

    /** What to report, by which day, to which unit (null when the plan names none). */
    public record Due(String form, LocalDate due, UnitCode submitTo) {
    }
}
