package org.zhiben.reporting.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhiben.campaign.SubPlanStatus;
import org.zhiben.campaign.SubPlanSubmissions;
import org.zhiben.reporting.ReportKind;
import org.zhiben.reporting.SubmissionStatus;
import org.zhiben.shared.UnitCode;

/**
 * The campaign's {@link SubPlanSubmissions} answered from the units' {@link ReportKind#SUB_PLAN} submissions in
 * {@code reporting.submission}: each unit's status, and the day its revision 1 was submitted in the clock's zone.
 * A unit with submissions for more than one period (the plan has one) stands as its latest period.
 */
@Component
class SubPlanSubmissionsReader implements SubPlanSubmissions {

    private final JdbcClient jdbc;
    private final Clock clock;

    SubPlanSubmissionsReader(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
    }

    @Override
    public Map<UnitCode, Standing> standings() {
        Map<UnitCode, Standing> standings = new LinkedHashMap<>();
        jdbc.sql("SELECT DISTINCT ON (s.unit) s.unit, s.status, r.submitted_at FROM reporting.submission s "
                        + "LEFT JOIN reporting.submission_revision r ON r.submission_id = s.id AND r.number = 1 "
                        + "WHERE s.kind = :kind ORDER BY s.unit, s.due DESC, s.period DESC")
                .param("kind", ReportKind.SUB_PLAN.name())
                .query(rs -> {
                    Timestamp first = rs.getTimestamp("submitted_at");
                    standings.put(UnitCode.of(rs.getString("unit")), new Standing(
                            status(SubmissionStatus.valueOf(rs.getString("status"))),
                            first == null ? null : first.toInstant().atZone(clock.getZone()).toLocalDate()));
                });
        return standings;
    }

    private static SubPlanStatus status(SubmissionStatus status) {
        return switch (status) {
            case DRAFT -> SubPlanStatus.DRAFT;
            case SUBMITTED -> SubPlanStatus.SUBMITTED;
            case ACCEPTED -> SubPlanStatus.ACCEPTED;
            case RETURNED -> SubPlanStatus.RETURNED;
        };
    }
}
