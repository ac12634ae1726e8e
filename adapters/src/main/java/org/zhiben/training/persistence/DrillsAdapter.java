package org.zhiben.training.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhiben.platform.persistence.ScopeFilter;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.training.Drill;
import org.zhiben.training.DrillFrequency;
import org.zhiben.training.DrillRule;
import org.zhiben.training.storage.Drills;

/** Drills in {@code training.drill}; the versions of the drill rule in {@code training.drill_rule}. */
@Component
class DrillsAdapter implements Drills {

    private static final String COLUMNS = "id, enterprise_id, jurisdiction, industry, held_on, scope, "
            + "participant_count, participants, findings, recorded_by, recorded_at";

    private final JdbcClient jdbc;

    DrillsAdapter(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void add(Drill d) {
        jdbc.sql("INSERT INTO training.drill (" + COLUMNS + ") VALUES (:id, :enterprise, :jurisdiction, :industry, "
                        + ":heldOn, :scope, :count, :participants, :findings, :by, :at)")
                .param("id", d.id()).param("enterprise", d.enterpriseId())
                .param("jurisdiction", d.jurisdiction().value()).param("industry", d.industry().value())
                .param("heldOn", Date.valueOf(d.heldOn())).param("scope", d.scope())
                .param("count", d.participantCount()).param("participants", d.participants())
                .param("findings", d.findings()).param("by", d.recordedBy()).param("at", Timestamp.from(d.recordedAt()))
                .update();
    }

    @Override
    public Optional<Drill> findById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training.drill WHERE id = :id").param("id", id)
                .query(DrillsAdapter::drill).optional();
    }

    @Override
    public List<Drill> search(DataScope scope, UUID enterpriseId, int offset, int limit) {
        if (scope.isEmpty() && !scope.prefectureWide()) {
            return List.of();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(scope, enterpriseId, params);
        var query = jdbc.sql("SELECT " + COLUMNS + " FROM training.drill WHERE " + where
                + " ORDER BY held_on DESC, recorded_at DESC, id LIMIT :limit OFFSET :offset");
        for (Map.Entry<String, Object> param : params.entrySet()) {
            query = query.param(param.getKey(), param.getValue());
        }
        return query.param("limit", limit).param("offset", offset).query(DrillsAdapter::drill).list();
    }

    @Override
    public long count(DataScope scope, UUID enterpriseId) {
        if (scope.isEmpty() && !scope.prefectureWide()) {
            return 0;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        var query = jdbc.sql("SELECT count(*) FROM training.drill WHERE " + where(scope, enterpriseId, params));
        for (Map.Entry<String, Object> param : params.entrySet()) {
            query = query.param(param.getKey(), param.getValue());
        }
        return query.query(Long.class).single();
    }

    @Override
    public Map<UUID, List<LocalDate>> drillDays(Collection<UUID> enterpriseIds, LocalDate from, LocalDate to) {
        Map<UUID, List<LocalDate>> days = new LinkedHashMap<>();
        if (enterpriseIds.isEmpty()) {
            return days;
        }
        jdbc.sql("SELECT enterprise_id, held_on FROM training.drill WHERE enterprise_id IN (:ids) "
                        + "AND held_on BETWEEN :from AND :to ORDER BY held_on")
                .param("ids", List.copyOf(enterpriseIds)).param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query((rs, n) -> {
                    days.computeIfAbsent(rs.getObject("enterprise_id", UUID.class), k -> new ArrayList<>())
                            .add(rs.getDate("held_on").toLocalDate());
                    return null;
                }).list();
        return days;
    }

    @Override
    public List<DrillRule> rules() {
        return jdbc.sql("SELECT effective_from, standard_frequency, high_risk_frequency, basis "
                        + "FROM training.drill_rule ORDER BY effective_from")
                .query((rs, n) -> new DrillRule(rs.getDate("effective_from").toLocalDate(),
                        DrillFrequency.valueOf(rs.getString("standard_frequency")),
                        DrillFrequency.valueOf(rs.getString("high_risk_frequency")), rs.getString("basis")))
                .list();
    }

    private static String where(DataScope scope, UUID enterpriseId, Map<String, Object> params) {
        ScopeFilter filter = ScopeFilter.of(scope);
        params.putAll(filter.params());
        if (enterpriseId == null) {
            return filter.condition();
        }
        params.put("enterpriseId", enterpriseId);
        return filter.condition() + " AND enterprise_id = :enterpriseId";
    }

    private static Drill drill(ResultSet rs, int row) throws SQLException {
        return new Drill(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                JurisdictionCode.of(rs.getString("jurisdiction")), IndustryCode.of(rs.getString("industry")),
                rs.getDate("held_on").toLocalDate(), rs.getString("scope"), rs.getInt("participant_count"),
                rs.getString("participants"), rs.getString("findings"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
