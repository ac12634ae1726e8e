package org.zhiben.hazards.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhiben.hazards.CampaignIndicators;
import org.zhiben.hazards.EscalationStep;
import org.zhiben.hazards.HazardTargets;
import org.zhiben.hazards.storage.HazardCounts;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/**
 * The major hazards counted in PostgreSQL ({@code hazards.major_hazard}): each hazard's state on the day is replayed
 * from its stored history by the SQL functions of migration {@code V202612080501} (which mirror
 * {@link org.zhiben.hazards.MajorHazard}'s rules) and only the counts come back — at most one row per jurisdiction ×
 * industry × overdue × listed × escalation step, and one row for the targets — so memory does not grow with the number
 * of hazards. The scope is the usual filter: prefecture-wide, or its jurisdictions, industries or enterprises.
 */
@Component
class HazardCountsJdbc implements HazardCounts {

    private static final String SCOPE = """
            h.level = 'MAJOR'
            and (? or h.jurisdiction = any(?) or h.industry = any(?) or h.enterprise_id = any(?))""";

    private final JdbcTemplate jdbc;

    HazardCountsJdbc(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StockGroup> stockOn(LocalDate day, ZoneId zone, DataScope scope) {
        Date on = Date.valueOf(day);
        String tz = zone.getId();
        String[] steps = Arrays.stream(EscalationStep.values()).map(Enum::name).toArray(String[]::new);
        return jdbc.query("""
                        select jurisdiction, industry, overdue, listed, case when overdue then step end as step,
                               count(*) as hazards
                        from (select h.jurisdiction, h.industry,
                                     hazards.status_on(h.history, ?, ?) = 'RECTIFYING'
                                         and hazards.deadline_on(h.plan, h.history, h.extensions, ?, ?) < ?
                                         as overdue,
                                     hazards.listed_on(h.listings, ?) as listed,
                                     hazards.highest_step_on(h.escalations, ?, ?) as step
                              from hazards.major_hazard h
                              where %s
                                and hazards.first_day_of(h.history, 'DETERMINED', ?) <= ?
                                and hazards.status_on(h.history, ?, ?) not in ('WRITTEN_OFF', 'CANCELLED')) s
                        group by 1, 2, 3, 4, 5""".formatted(SCOPE),
                (rs, row) -> new StockGroup(JurisdictionCode.of(rs.getString("jurisdiction")),
                        IndustryCode.of(rs.getString("industry")), rs.getBoolean("overdue"), rs.getBoolean("listed"),
                        rs.getString("step") == null ? null : EscalationStep.valueOf(rs.getString("step")),
                        rs.getLong("hazards")),
                on, tz, on, tz, on, on, on, steps,
                scope.prefectureWide(), jurisdictions(scope), industries(scope), enterprises(scope),
                tz, on, on, tz);
    }

    @Override
    public TargetCounts targetsAsOf(CampaignIndicators.Days days, HazardTargets targets, ZoneId zone,
            DataScope scope) {
        String tz = zone.getId();
        Date stockDay = Date.valueOf(days.stockMeasuredOn());
        Date overdueDay = Date.valueOf(days.overdueMeasuredOn());
        return jdbc.queryForObject("""
                        select count(*) filter (where h.discovered_on <= ? and s.determined <= ?
                                                  and hazards.status_on(h.history, ?, ?)
                                                      not in ('WRITTEN_OFF', 'CANCELLED')) as remaining,
                               count(*) filter (where s.determined between ? and ?) as previous_year,
                               count(*) filter (where s.determined between ? and ?) as target_year,
                               count(*) filter (where s.determined <= ?
                                                  and hazards.status_on(h.history, ?, ?) = 'RECTIFYING'
                                                  and hazards.deadline_on(h.plan, h.history, h.extensions, ?, ?) < ?)
                                   as overdue
                        from hazards.major_hazard h
                        cross join lateral (select hazards.first_day_of(h.history, 'DETERMINED', ?) as determined) s
                        where %s
                          and s.determined is not null""".formatted(SCOPE),
                (rs, row) -> new TargetCounts(rs.getLong("remaining"), rs.getLong("previous_year"),
                        rs.getLong("target_year"), rs.getLong("overdue")),
                Date.valueOf(targets.stockFoundOnOrBefore()), stockDay, stockDay, tz,
                Date.valueOf(days.previousYearFrom()), Date.valueOf(days.previousYearTo()),
                Date.valueOf(days.targetYearFrom()), Date.valueOf(days.targetYearTo()),
                overdueDay, overdueDay, tz, overdueDay, tz, overdueDay,
                tz,
                scope.prefectureWide(), jurisdictions(scope), industries(scope), enterprises(scope));
    }

    private static String[] jurisdictions(DataScope scope) {
        return scope.jurisdictions().stream().map(JurisdictionCode::value).toArray(String[]::new);
    }

    private static String[] industries(DataScope scope) {
        return scope.industries().stream().map(IndustryCode::value).toArray(String[]::new);
    }

    private static UUID[] enterprises(DataScope scope) {
        return scope.enterpriseIds().toArray(UUID[]::new);
    }
}
