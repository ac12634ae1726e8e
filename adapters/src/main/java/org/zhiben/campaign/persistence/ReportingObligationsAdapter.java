package org.zhiben.campaign.persistence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhiben.campaign.ReportSubject;
import org.zhiben.campaign.ReportingCadence;
import org.zhiben.campaign.ReportingObligation;
import org.zhiben.campaign.ReportingObligations;
import org.zhiben.shared.UnitCode;

/**
 * The reporting obligations as loaded into the {@code campaign} schema by
 * {@link CampaignReferenceData}. They change only through that migration at start-up, so they are read once and kept
 * in memory.
 */
@Component
class ReportingObligationsAdapter implements ReportingObligations {

    private final JdbcClient jdbc;
    private volatile List<ReportingObligation> obligations;

    ReportingObligationsAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ReportingObligation> findAll() {
        List<ReportingObligation> loaded = obligations;
        if (loaded == null) {
            loaded = jdbc.sql("""
                            SELECT code, text, cadence, due, from_month, to_month, due_rule, form, submit_to, source,
                                   subject
                            FROM campaign.reporting_obligation ORDER BY sort_order""")
                    .query((rs, n) -> new ReportingObligation(rs.getString("code"), rs.getString("text"),
                            ReportingCadence.valueOf(rs.getString("cadence")), rs.getObject("due", LocalDate.class),
                            month(rs.getString("from_month")), month(rs.getString("to_month")),
                            rs.getString("due_rule"), rs.getString("form"),
                            rs.getString("submit_to") == null ? null : UnitCode.of(rs.getString("submit_to")),
                            rs.getString("source"), enumOrNull(ReportSubject.class, rs.getString("subject"))))
                    .list();
            obligations = List.copyOf(loaded);
        }
        return loaded;
    }

    private static YearMonth month(String value) {
        return value == null ? null : YearMonth.parse(value);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
